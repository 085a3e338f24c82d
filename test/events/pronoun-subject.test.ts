import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "he"/"she" as the verb's own subject, after the clause's names (sentences written for these tests).
const run = eventsIn;

describe("events: a pronoun subject closer to the verb than any name", () => {
  it("'held by X since he began fighting Y': the pronoun is X", () => {
    expect(run("The road has been held by {Gen Rask/person} since he began fighting President {Ivo Lask/person}'s government in 1994.")).toEqual([
      expect.objectContaining({ type: "ASSAULT", source: "gen-rask", target: "ivo-lask" }),
    ]);
  });

  it("a name after the pronoun is still the subject", () => {
    expect(run("{Gen Rask/person} said he believed {Norland} attacked {Sudovia}.")).toEqual([
      expect.objectContaining({ type: "ASSAULT", source: "norland", target: "sudovia" }),
    ]);
  });

  it("'whom he met' leaves the pronoun unresolved", () => {
    expect(run("{Ada Brun/person}, whom he met on Monday, praised {Norland}.").filter((e) => e.type === "CONSULT")).toEqual([]);
  });
});
