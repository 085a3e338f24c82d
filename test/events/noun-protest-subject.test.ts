import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A noun of protest after an adjective ("deadly protests") is the noun, and when it heads its
// own clause ("protests over fuel prices swept the country") it names no protester: the subject
// of another clause is not one. Sentences written for these tests.

describe("a protest noun heading its own clause", () => {
  it("takes no other clause's subject", () => {
    expect(triples("{Ivo Tamm/person} replaced his finance minister on Monday, days after deadly protests over fuel prices swept {Norland}.").filter((r) => r[0] === "PROTEST")).toEqual([]);
    expect(triples("{Ivo Tamm/person} dissolved the cabinet after violent protests rocked the capital.").filter((r) => r[0] === "PROTEST")).toEqual([]);
  });

  it("while a subject that protests keeps its act", () => {
    expect(triples("{Norland} protests against {Estovia}'s new tariffs.")).toEqual([["PROTEST", "norland", "estovia"]]);
  });
});
