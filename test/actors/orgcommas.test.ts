import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a firm named for partners listed with commas", () => {
  it("is one organisation", () => {
    const r = run("Deal advised\n\nThe bank hired Smithers, Barnett & Co. to advise it. Analysts at Kellmore, Pine and Partners said the price was fair.");
    expect(r.actorOf("Smithers, Barnett & Co.")?.kind).toBe("organization");
    expect(r.actorOf("Kellmore, Pine and Partners")?.kind).toBe("organization");
    expect(r.mentions.some((m) => m.text === "Smithers" || m.text === "Pine")).toBe(false);
  });

  it("not a fronted place, nor a list of whole companies", () => {
    const r = run("Profits rise\n\nIn Orvelle, Kellmore & Co. said profits rose.");
    expect(r.actorOf("Kellmore & Co.")?.kind).toBe("organization");
    const s = run("Grain sold\n\nBrask, Vantor, Orvel and Dessa Grain Corp bought the wheat.");
    expect(s.mentions.some((m) => m.text.startsWith("Brask, Vantor"))).toBe(false);
  });
});
