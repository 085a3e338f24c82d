import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "Norland opposition boycotts parliament": the state's opposition, like its rebels, is not the state.
// Sentences written for these tests.

describe("a state named before its opposition", () => {
  it("is not the subject", () => {
    expect(triples("{Norland} opposition boycotts parliament.")).toEqual([]);
    expect(triples("{Norland}'s opposition walked out of talks with {Estovia}.")).toEqual([]);
  });

  it("an opposition leader named after it still acts", () => {
    expect(triples("{Norland} opposition leader {Ivo Tamm/person} met {Estovia} officials.")).toEqual([["CONSULT", "ivo-tamm", "estovia"]]);
  });
});
