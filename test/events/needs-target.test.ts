import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Lexicon frame flags needs-target, reported and support-only (sentences written for these tests).
const events = triples;

describe("events: a trigger that needs a target", () => {
  it("'broke with X' is a rejection of X; 'broke with tradition' is none", () => {
    expect(events("Party leader {Ada Vell/person} said on Monday that she had broken with {Ivo Tamm/person} and his allies.")).toEqual([["REJECT", "ada-vell", "ivo-tamm"]]);
    expect(events("{Norland} broke with tradition and held the summit abroad.")).toEqual([]);
  });

  it("'Y said X was responsible for …' is Y blaming X; with no reporting speaker it is nobody's act", () => {
    expect(events("The {Freedom Front/organization} said {Norland} was responsible for breaking the truce.")).toEqual([["ACCUSE", "freedom-front", "norland"]]);
    expect(events("{Norland} is responsible for the port and its customs.")).toEqual([]);
    expect(events("Officials said {Norland} was responsible for the port.")).toEqual([]);
  });

  it("'ordered the arrest of X' is the subject's; 'protested the arrest of X' and 'said the arrest of X' are not", () => {
    expect(events("The {Norland} government ordered the arrest of {Ivo Tamm/person} on Monday.")).toEqual([["COERCE", "norland", "ivo-tamm"]]);
    expect(events("{Norland} protested the arrest of {Ivo Tamm/person} in {Sudovia}.").filter((e) => e[0] === "COERCE")).toEqual([]);
    expect(events("{Norland} said the arrest of {Ivo Tamm/person} was illegal.")).toEqual([]);
  });
});
