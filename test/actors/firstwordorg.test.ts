import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a two-word name whose first word the article names a firm by", () => {
  it("is that firm, not a person", () => {
    const r = run("Quillo agreed on Monday to buy Tarvex for up to $10 billion, outbidding Norvex Halden after a weeks-long bidding war. Norvex, the Estovian maker of heart drugs, said it would not raise its offer.");
    expect(r.actorOf("Norvex Halden")?.kind).toBe("organization");
    expect(r.actorOf("Norvex")?.name).toBe("Norvex Halden");
  });

  it("leaves a person the text titles", () => {
    const r = run("Chairman Tarvo Lind said on Monday he would not sell. Tarvo, the Estovian maker of heart drugs, had turned down two offers.");
    expect(r.actorOf("Tarvo Lind")?.kind).toBe("person");
  });
});

describe("a word alone that opens a firm's longer name in the article", () => {
  it("is that firm, not a person", () => {
    const r = run(
      "New phone from Korin sells out in hours\n\nThe Korin Nova 9, the latest phone from Korin Electronics, sold out within hours of its launch in Varnholm on Friday, the company said.\n\nAnalysts at Tarsk Securities said Korin could ship 30 million units of the Nova 9 this year.\n\nKorin's president, Ria Tessen, said demand was far beyond what it expected.",
    );
    expect(r.mentions.filter((m) => m.text === "Korin").map((m) => r.actors.find((a) => a.id === m.actor)?.kind)).toEqual(["organization", "organization", "organization"]);
  });

  it("stays a person where the article names one in full with that word last", () => {
    const r = run("Tomas Varnel said on Monday he would step down. Varnel Electronics, which he founded, said it would name a successor. Varnel said he would stay on the board.");
    expect(r.mentions.filter((m) => m.text === "Varnel").map((m) => r.actors.find((a) => a.id === m.actor)?.kind)).toEqual(["person"]);
  });
});
