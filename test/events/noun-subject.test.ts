import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A noun act that is the subject of its own verb takes no other clause's subject as its doer.
// Sentences written for these tests.
describe("a noun act heading its own clause", () => {
  it("takes no source from an earlier clause", () => {
    expect(triples("Workers say Prime Minister {Ivo Tamm/person}'s proposals fall short as a hunger strike enters its 49th day and a Wednesday rally attracts 8,000 sympathisers.")).toEqual([]);
  });

  it("keeps a doer named inside its own phrase", () => {
    expect(triples("{S:Estovia}'s rally attracted 8,000 people.").map((r) => r.slice(0, 2))).toEqual([["PROTEST", "estovia"]]);
  });

  it("a noun that is an object still takes the clause subject", () => {
    expect(triples("{S:Norland} held talks with {T:Estovia} that drew wide notice.").map((r) => r.slice(0, 2))).toEqual([["CONSULT", "norland"]]);
  });
});
