import { gazetteerWithoutCities } from "./gazetteer.js";
import { nameKey } from "./normalize.js";

// One key per state body however it is written: "Estovian Ministry of Diplomacy",
// "Ministry of Foreign Affairs of Estovia" and "Estovia's Foreign Ministry" are one
// ministry; "Norlandic military", "Norlandic Armed Forces" and "Armed Forces of Norland"
// one force. The key is (country, head, host country); heads fold synonyms.

const HEADS: [RegExp, string][] = [
  [/^(ministry of foreign affairs|foreign affairs ministry|foreign ministry|ministry of diplomacy|diplomatic ministry|foreign office|state department|department of state|mfa)$/, "foreign-ministry"],
  [/^(ministry of defense|defense ministry|department of defense|ministry of defense affairs|mod)$/, "defense-ministry"],
  [/^(ministry of interior|ministry of internal affairs|interior ministry|home office)$/, "interior-ministry"],
  [/^(armed forces|army|military|defense forces|self defense forces|military forces|national army)$/, "armed-forces"],
  [/^(air force|air forces)$/, "air-force"],
  [/^(navy|naval forces)$/, "navy"],
  [/^(embassy|consulate|mission)$/, "$1"],
  [/^(government|cabinet|administration)$/, "government"],
];

let places: Map<string, string> | null = null;
/** Lower-cased country names, demonyms and capitals → ISO alpha-3 (cities play no part: test/parallel/resolution.test.ts checks both give one map). */
export function placeIso(): Map<string, string> {
  if (places) return places;
  places = new Map();
  for (const [surface, entries] of gazetteerWithoutCities().exact)
    for (const e of entries) if (e.iso3 && ["country", "demonym", "capital"].includes(e.kind) && !places.has(nameKey(surface))) places.set(nameKey(surface), e.iso3);
  return places;
}

export interface OrgParts {
  iso3: string;
  head: string;
  host: string | null;
}

export function orgParts(name: string): OrgParts | null {
  let k = nameKey(name);
  const iso = placeIso();
  let host: string | null = null;
  const inAt = k.lastIndexOf(" in ");
  if (inAt > 0) {
    host = iso.get(k.slice(inAt + 4)) ?? null;
    if (!host) return null;
    k = k.slice(0, inAt);
  }
  let iso3: string | null = null;
  const words = k.split(" ");
  for (let n = Math.min(3, words.length - 1); n >= 1 && !iso3; n--) {
    const lead = iso.get(words.slice(0, n).join(" "));
    if (lead) [iso3, k] = [lead, words.slice(n).join(" ")];
  }
  const of = /^(.+) of (?:the )?(.+)$/.exec(k);
  if (!iso3 && of) {
    const tail = iso.get(of[2]!);
    if (tail) [iso3, k] = [tail, of[1]!];
  }
  if (!iso3) return null;
  for (const [re, to] of HEADS) if (re.test(k)) return { iso3, head: k.replace(re, to), host };
  return { iso3, head: k, host };
}

const cache = new Map<string, string | null>();

export function orgKey(name: string): string | null {
  let hit = cache.get(name);
  if (hit === undefined) {
    if (cache.size > 200_000) cache.clear();
    const p = orgParts(name);
    hit = p ? `org:${p.iso3}:${p.head}:${p.host ?? ""}` : null;
    cache.set(name, hit);
  }
  return hit;
}
