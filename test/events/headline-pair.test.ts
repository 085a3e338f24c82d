import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Headline grammar: "Norland, Estovia sign trade pact" joins two parties with a comma. Only on the
// title line, for the two names that open it. Sentences written for these tests.

describe("two names a comma joins in a title", () => {
  it("are the act's two parties", () => {
    expect(triples("{Norland}, {Estovia} sign trade pact.\n\nVARNA 1996-08-30\n\nThe deal was signed on Friday.")).toEqual([
      ["SUPPORT", "norland", "estovia"],
    ]);
    expect(triples("{Norland}, {Estovia} agree on fishing quotas.")).toEqual([["AGREE", "norland", "estovia"]]);
  });

  it("not in prose, where a comma alone joins nothing", () => {
    expect(triples("{Norland} news.\n\nIn the capital, {Estovia} signed a trade pact with {Sudovia}.")).toEqual([["SUPPORT", "estovia", "sudovia"]]);
    expect(triples("{Norland} news.\n\n{Norland}, {Estovia} signed a trade pact.")).toEqual([["SUPPORT", "estovia", null]]);
  });
});
