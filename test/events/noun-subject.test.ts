import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A noun act that is the subject of its own verb takes no other clause's subject as its doer.
// Sentences written for these tests.
describe("a noun act heading its own clause", () => {
  it("takes no source from an earlier clause", () => {
    expect(triples("Farmers say Prime Minister {Ivo Tamm/person}'s offer falls short, and a weekend rally attracted 5,000 people.")).toEqual([]);
  });

  it("keeps a doer named inside its own phrase", () => {
    expect(triples("{S:Estovia}'s rally attracted 8,000 people.").map((r) => r.slice(0, 2))).toEqual([["PROTEST", "estovia"]]);
  });

  it("a noun that is an object still takes the clause subject", () => {
    expect(triples("{S:Norland} held talks with {T:Estovia} that drew wide notice.").map((r) => r.slice(0, 2))).toEqual([["CONSULT", "norland"]]);
  });
});
