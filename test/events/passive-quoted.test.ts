import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A passive whose participle is set in quotation marks is still a passive. Sentences written for these tests.
describe("a quoted passive participle", () => {
  it("the speaker is not the agent of 'had been ``abducted'' by a relative'", () => {
    expect(triples("{Ivo Tamm/person} said Friday she had been ``virtually kidnapped'' by her uncle.")).toEqual([]);
    expect(triples("{Ivo Tamm/person} said Friday she had been \"kidnapped\" by her uncle.")).toEqual([]);
  });

  it("a named agent after 'by' is the source", () => {
    expect(triples("The envoy had been ``kidnapped'' by {S:Estovia}, {Ivo Tamm/person} said.").map((r) => r.slice(0, 2))).toEqual([["ASSAULT", "estovia"]]);
  });
});
