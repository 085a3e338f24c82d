import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A league fixture told in a story that is not a match report: clubs named like cities and
// states "host" and "visit" each other. Sentences written for these tests.

describe("a sentence in a fixture's register", () => {
  it("codes no visit between clubs", () => {
    expect(triples("Storms cut power across the north. {Estovia}, who are second, host {Norland} on Sunday.")).toEqual([]);
    expect(triples("{Estovia} visit {Norland} next week after a 2-1 win at home.")).toEqual([]);
  });

  it("while a leader's visit stays one", () => {
    expect(triples("{Estovia}n President {Ivo Tamm/person}, who won a second term in May, visited {Norland} on Sunday.").map((r) => r[0])).toEqual(["CONSULT"]);
  });
});
