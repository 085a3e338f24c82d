import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry } from "./helpers.js";

// "The X and Peruvian governments": a demonym before a plural organ names its state, as before a
// singular one. Sentences written for these tests.

const run = (s: string) => {
  const m = withCountry(marked(s), "Peru", "PER");
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
};

describe("a demonym before a plural organ", () => {
  it("is the second party of a coordinated pair", () => {
    expect(run("The {Norland} and Peruvian governments agreed on fishing quotas for the coming season.")).toEqual([["AGREE", "norland", "peru"]]);
    expect(run("The {Norland} and Peruvian governments signed a trade accord.")).toEqual([["SUPPORT", "norland", "peru"]]);
  });

  it("a word that names no state stays no party", () => {
    expect(run("Western governments condemned {Norland}.")).toEqual([]);
  });
});
