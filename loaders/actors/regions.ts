import { createRequire } from "node:module";
import { lexiconTag } from "./lextokens.js";

// First-level divisions (states, provinces, regions) of the countries whose divisions news names
// most, from country-region-data: "New South Wales Premier X", "floods in Bahia". Only countries
// whose divisions are few and large enough to be named in news on their own are read; elsewhere the
// package lists municipalities and parishes, which share names with villages, saints and words.
// A name two countries give a division is left out (the article would have to say which), and so is
// one the lexicon knows as another kind of word or a person's name ("Victoria", "Georgia" stay the
// lexicon's and the gazetteer's own).

const require = createRequire(import.meta.url);

/** ISO alpha-2 codes of the countries read (the US's states come from us-states-normalize, Britain's nations from the lexicon). */
const COUNTRIES = new Set([
  "AR", "AU", "AT", "BD", "BE", "BR", "CA", "CL", "CN", "CO", "CD", "EG", "ET", "FR", "DE", "IN", "ID", "IR", "IQ", "IT",
  "JP", "KE", "KR", "MY", "MX", "MM", "NP", "NL", "NZ", "NG", "PK", "PE", "PH", "PL", "RU", "SA", "ZA", "SO", "SS", "SD",
  "ES", "LK", "SE", "CH", "SY", "TH", "TR", "UA", "VE", "VN", "AF", "LY", "YE", "UG", "TZ", "GH", "CM", "DZ", "MA", "KZ",
]);
/** Words that make no name alone: a division called only by them ("Central", "North East") is left out. */
const GENERIC = new Set(["Central", "Northern", "Eastern", "Western", "Southern", "North", "South", "East", "West", "Capital", "Coast", "Region", "Province", "District", "Lakes", "Islands", "Island", "Upper", "Lower", "Middle", "Greater", "Highlands", "Valley", "City", "Territory", "Federal", "Special", "Autonomous", "Sea", "Interior", "and", "of"]);
const SHAPE = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|and|of|de|del|do|da|la|el|al|du|des))*$/u;
const PLACE_TAG = /^(?:Region|Place|City|Country)$/;

interface CountryRegions { countryShortCode: string; regions: { name: string }[] }

/** [division, ISO alpha-2] for the countries read, names the package gives one country only. */
export function firstLevelRegions(): [string, string][] {
  const data = require("country-region-data/data.json") as CountryRegions[];
  const countries = new Map<string, number>();
  for (const c of data) for (const r of c.regions) countries.set(r.name, (countries.get(r.name) ?? 0) + 1);
  const out: [string, string][] = [];
  for (const c of data) {
    if (!COUNTRIES.has(c.countryShortCode)) continue;
    for (const { name } of c.regions) if (countries.get(name) === 1 && nameLike(name)) out.push([name, c.countryShortCode]);
  }
  return out;
}

function nameLike(name: string): boolean {
  if (name.length < 4 || !SHAPE.test(name)) return false;
  const words = name.split(" ");
  if (words.every((w) => GENERIC.has(w))) return false;
  const tag = words.length === 1 ? lexiconTag(name.toLowerCase()) : undefined;
  return !tag || PLACE_TAG.test(tag);
}
