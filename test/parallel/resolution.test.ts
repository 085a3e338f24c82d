import { describe, expect, it } from "vitest";
import { gazetteer, gazetteerWithoutCities } from "../../loaders/actors/gazetteer.js";
import { nameKey } from "../../loaders/actors/normalize.js";
import { orgKey, placeIso } from "../../loaders/actors/orgkey.js";

// Corpus-wide resolution runs in the rebuild's main thread, which extracts
// nothing: organisation keys read the gazetteer without its 135,000 cities.
// That must not change a single key.

describe("organisation keys without the cities", () => {
  it("read the same country names, demonyms and capitals as the full gazetteer", () => {
    // The map placeIso builds, built here from the full gazetteer (cities included).
    const full = new Map<string, string>();
    for (const [surface, entries] of gazetteer().exact)
      for (const e of entries)
        if (e.iso3 && ["country", "demonym", "capital"].includes(e.kind) && !full.has(nameKey(surface))) full.set(nameKey(surface), e.iso3);
    expect(gazetteerWithoutCities().exact.size).toBeLessThan(gazetteer().exact.size);
    expect(full.size).toBeGreaterThan(400);
    expect([...placeIso()].sort()).toEqual([...full].sort());
  });

  it("key state bodies by country however they are written", () => {
    expect(orgKey("Japanese Ministry of Diplomacy")).toBe(orgKey("Ministry of Foreign Affairs of Japan"));
    expect(orgKey("Ukrainian Armed Forces")).toBe("org:UKR:armed-forces:");
    expect(orgKey("Embassy of France in Kyiv")).toBe("org:FRA:embassy:UKR");
  });
});
