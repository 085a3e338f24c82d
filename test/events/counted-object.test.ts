import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A name counted inside a verb's object is what the verb acted on: a participle after a comma
// takes the main clause's subject, not it. Sentences written for these tests.

describe("a participle after a counted object", () => {
  it("is the main subject's act", () => {
    expect(triples("{Norland} expelled two {Estovia}n diplomats on Monday, accusing them of spying.")).toEqual([
      ["SANCTION", "norland", "estovia"],
      ["ACCUSE", "norland", null],
    ]);
  });
});
