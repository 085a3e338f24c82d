import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a firm whose name opens on a lower-case letter", () => {
  it("is the firm at every use the article marks somewhere as a firm's, with its legal form", () => {
    const r = run("eVaro to cut 1,000 jobs\n\nVELMAR — eVaro Inc. said on Tuesday it would cut about 1,000 jobs. The move follows cuts at Quillo Holdings Inc., which was spun off from eVaro in 2015.");
    const evaro = r.mentions.filter((m) => m.text.startsWith("eVaro"));
    expect(evaro.length).toBe(3);
    expect(new Set(evaro.map((m) => r.actors.find((a) => a.id === m.actor)?.kind))).toEqual(new Set(["organization"]));
    expect(r.mentions.some((m) => m.text.includes("said"))).toBe(false);
  });

  it("leaves a product written so, which the article never gives a firm's marks", () => {
    const r = run("The new iWidget went on sale on Friday. Buyers queued for the iWidget in Velmar.");
    expect(r.mentions.some((m) => m.text === "iWidget")).toBe(false);
  });
});

describe("a one-word firm named before its officer", () => {
  it("is the firm: 'X chief executive Ana Lima'", () => {
    const r = run("Estovian court orders Halvard to cut emissions\n\nVELMAR — An appeals court on Tuesday overturned a ruling that had ordered Halvard to cut its emissions. Halvard chief executive Ana Lima welcomed the decision.");
    expect(r.actorOf("Halvard")?.kind).toBe("organization");
  });
});

describe("a dateline town abbreviated in capitals", () => {
  it("is the town: 'ST. PETER PORT —'", () => {
    const r = run("Teacher wins award\n\nST. PETER PORT — A science teacher was named teacher of the year on Monday.");
    expect(r.actorOf("ST. PETER PORT")).toMatchObject({ kind: "place", name: "St. Peter Port" });
  });
});

describe("a given name before Spanish particles", () => {
  it("is one person with the family name: 'Ana de los Rios Vela'", () => {
    const r = run("VELMAR — Ana de los Rios Vela, a science teacher at a high school in Velmar, was named teacher of the year on Monday.");
    expect(r.actorOf("Ana de los Rios Vela")?.kind).toBe("person");
  });
});
