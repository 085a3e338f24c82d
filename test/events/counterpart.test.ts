import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "X and his counterpart, Y, met": a pair whose second member stands in apposition (sentences written for these tests).
const run = eventsIn;

describe("events: a counterpart in apposition", () => {
  it("the pair meets: the first is the source, the counterpart the target", () => {
    expect(run("President {Ada Brun/person} and her Sudovian counterpart, {Ivo Lask/person}, met for talks in {Varsa/place} on Monday.")).toEqual([
      expect.objectContaining({ type: "CONSULT", source: "ada-brun", target: "ivo-lask" }),
    ]);
  });

  it("an apposition that is not a counterpart still keeps the name out of the subject slot", () => {
    expect(run("{Ada Brun/person} praised the aide, {Ivo Lask/civilian}, met on Monday.").filter((e) => e.type === "CONSULT")).toEqual([]);
  });
});

describe("events: a titled agent after 'by'", () => {
  it("'a visit to X this week by Vice President Y': Y visits X", () => {
    expect(run("{Norland} was angered by a visit to {Estavia} this week by Sudovian Vice President {Ivo Lask/person}.")).toEqual([
      expect.objectContaining({ type: "CONSULT", source: "ivo-lask", target: "estavia" }),
    ]);
  });

  it("'by' before a common noun names no agent", () => {
    expect(run("A visit to {Estavia} by invitation of {Ivo Lask/person} was put off.")).toEqual([]);
  });
});
