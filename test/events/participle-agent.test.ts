import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A participle after a comma belongs to the clause's subject, not to a name in a phrase before
// the comma. Sentences written for these tests.

describe("a participle after a comma", () => {
  it("is not the act of a name in a prepositional phrase", () => {
    expect(triples("President {Ivo Brandt/person} held a banquet for premier {Karl Mender/person}, welcoming him as an old friend.")).toEqual([
      ["SUPPORT", "ivo-brandt", null],
    ]);
  });

  it("while the clause subject keeps its participle", () => {
    expect(triples("{Norland} met {Estovia} on Monday, promising aid.")).toEqual([["CONSULT", "norland", "estovia"], ["AGREE", "norland", null]]);
  });
});
