import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry } from "./helpers.js";

// A crowd in a city protests as the city's state. Sentences written for these tests.

function run(text: string, cityIso: string | null) {
  const m = withCountry(marked(text), "Armenia", "ARM");
  const city = m.actors.get("varn");
  if (city) city.country = cityIso;
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
}

describe("a crowd in a city", () => {
  it("protests as the city's state", () => {
    expect(run("Students in {Varn/place} demonstrated against the new law on Friday.", "ARM")).toEqual([["PROTEST", "armenia", null]]);
  });

  it("gives no row when the city's state is unknown or no actor", () => {
    expect(run("Students in {Varn/place} demonstrated against the new law on Friday.", null)).toEqual([]);
    expect(run("Students in {Varn/place} demonstrated against the new law on Friday.", "GEO")).toEqual([]);
  });
});
