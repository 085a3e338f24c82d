import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "talks between X and Kurdish leader Y": the second party's lower-case office after a people's
// name does not break the pair. Sentences written for these tests.
const events = triples;

describe("a pair whose second party carries a lower-case office", () => {
  it("reads both parties of talks between them", () => {
    expect(events("The truce was agreed after talks between {Norland} envoy {Ivo Tamm/person} and Kurdish leader {Omar Haddad/person}.")).toEqual([["CONSULT", "ivo-tamm", "omar-haddad"]]);
    expect(events("Talks between {Ivo Tamm/person} and rebel commander {Omar Haddad/person} ended on Monday.")).toEqual([["CONSULT", "ivo-tamm", "omar-haddad"]]);
  });
});
