import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "dismissed Y's government, accusing it of corruption": the object's possessor is no agent of the
// participle after the comma. Sentences written for these tests.

describe("a possessor inside the object", () => {
  it("is not the participle's agent", () => {
    const rows = triples("President {Ivo Tamm/person} dismissed Prime Minister {Ana Lima/person}'s government on Tuesday, accusing it of corruption.");
    expect(rows.filter((r) => r[0] === "ACCUSE")).toEqual([["ACCUSE", "ivo-tamm", null]]);
  });

  it("a possessor opening the clause still is", () => {
    expect(triples("{Norland}'s army shelled the town on Monday, killing five {Estovia} soldiers.").map((r) => r[1])).toEqual(["norland"]);
  });
});
