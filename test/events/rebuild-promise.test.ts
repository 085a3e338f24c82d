import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A promise to rebuild one's own homes and roads after a disaster has no counterpart; one to
// rebuild in another state is an offer to it. Sentences written for these tests.

describe("a promise to rebuild", () => {
  it("at home is no event", () => {
    expect(triples("{Norland}n President {Ivo Tamm/person} flew to the region and promised to rebuild damaged homes.")).toEqual([]);
    expect(triples("{Norland} pledged to repair the roads and bridges the floods destroyed.")).toEqual([]);
  });

  it("in another state stays an offer", () => {
    expect(triples("{Norland} pledged to rebuild schools in {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
