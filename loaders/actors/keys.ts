import type { ActorKind } from "../types.js";
import { slug } from "../text/ids.js";
import type { Candidate } from "./candidate.js";
import type { RegistryActor } from "./registry.js";
import { cleanSurface as cleanSurfaceOf, jaroWinkler, nameKey as nameKeyOf, nameTokens, skeleton as skeletonOf } from "./normalize.js";
import { orgKey as orgKeyOf } from "./orgkey.js";
import { familyNameOnly, PARTICLES } from "./personedges.js";

// The pure parts of actor resolution: the keys names are indexed under, which
// phase a candidate is resolved in, and the exact-name lookup (merge.ts).

/**
 * A corpus repeats a few thousand surfaces hundreds of thousands of times ("Russia",
 * "Kyiv"): the normalisers are pure, so each distinct string is normalised once.
 */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      if (seen.size > 200_000) seen.clear();
      seen.set(s, (v = f(s)));
    }
    return v as T;
  };
}
export const cleanSurface = memo(cleanSurfaceOf);
const nameKey = memo(nameKeyOf);
export const orgKey = memo(orgKeyOf);
export const skeleton = memo(skeletonOf);
const KEYS = { country: memo((s) => `country:${nameKey(s)}`), place: memo((s) => `place:${nameKey(s)}`), actor: memo((s) => `actor:${nameKey(s)}`) };
/** The key a name is indexed under for an actor of this kind. */
export const keyOf = (kind: ActorKind, s: string) => (kind === "country" ? KEYS.country : kind === "place" ? KEYS.place : KEYS.actor)(s);
/**
 * Persons, organisations and groups share one key per name, so a name finds its actor whatever
 * the tagger called it; this one is the kind's own, for a name the first actor of another kind owns
 * ("Riverton" the person and "Riverton" the company are then two actors, not one more per mention).
 */
export const kindKeyOf = (kind: ActorKind, s: string) => `${kind}|${keyOf(kind, s)}`;

/** Where a family name with particles starts in a name's words ("Ana van der Berg" → 1), or -1. */
function familyStart(words: string[]): number {
  let k = words.length - 1;
  while (k > 0 && PARTICLES.has(words[k - 1]!.toLowerCase())) k--;
  return k < words.length - 1 ? k : -1;
}

// A hyphenated surname ("Kosiniak-Kamysz") is still one word; so is a family name with its particles ("Van der Berg").
const isSingle = (c: Candidate) => (c.kind === "person" && (!/\s/.test(c.name.trim()) || familyNameOnly(c.name))) || c.via === "acronym";
/** 1: resolved with the strong candidates; 2: with the rest (weak ones, bare surnames, acronyms), after every strong one. */
export const phaseOf = (c: Candidate): 1 | 2 => (c.weak || isSingle(c) ? 2 : 1);

/** The skeletons a person's full name is found by from a bare surname (the last word, and the last two of longer names). */
export function surnameKeys(words: string[]): string[] {
  const keys = words.length > 2 ? [words[words.length - 1]!, words.slice(-2).join(" ")] : [words[words.length - 1]!];
  // "Ana van der Berg" is found by "Van der Berg" too.
  const f = familyStart(words);
  if (f > 0 && words.length - f > 2) keys.push(words.slice(f).join(" "));
  return keys.map(skeleton);
}

/** Whether the registry says an actor is not the one a name names ("distinct_from"). */
export function blocker(registry: RegistryActor[]): (a: { name: string; registry: RegistryActor | null }, name: string) => boolean {
  const regById = new Map(registry.map((r) => [r.id, r]));
  if (!registry.some((r) => r.distinctFrom.length > 0)) return () => false;
  return (a, name) => (a.registry?.distinctFrom.includes(slug(name)) ?? false) || (regById.get(slug(name))?.distinctFrom.includes(a.registry?.id ?? slug(a.name)) ?? false);
}

/** The actor a candidate names by its exact name or surface, given the index `get`. */
export function lookupIn<A extends { kind: ActorKind; registry: unknown }>(get: (key: string) => A | undefined, c: Candidate): A | undefined {
  for (const s of [c.name, cleanSurface(c.text)]) {
    const ok = c.kind === "organization" ? orgKey(s) : null;
    const byOrg = ok ? get(ok) : undefined;
    if (byOrg) return byOrg;
    const hit = get(keyOf(c.kind, s)) ?? (c.kind === "group" || c.kind === "organization" || c.kind === "person" ? undefined : get(KEYS.actor(s)));
    // A weak guess joins whatever actor already owns that exact name. A gazetteer place does not join
    // a club or a company of the same name ("Riverton" the team): the tagger typed that one in its sentence.
    if (hit && (hit.kind === c.kind || hit.registry || c.weak)) return hit;
    const own = hit ? get(kindKeyOf(c.kind, s)) : undefined;
    if (own) return own;
    if (!hit) {
      // A registry row may list a name under another kind (a group the tagger saw as an organisation).
      for (const k of ["actor", "country", "place"]) {
        const h = get(KEYS[k as keyof typeof KEYS](s));
        if (h?.registry && (h.kind === c.kind || c.kind !== "place")) return h;
      }
    }
  }
  return undefined;
}

/** Organisation names that differ in one word spelled alike ("Lugansk/Luhansk People's Republic"): that word's similarity, else 0. */
export function oneWordApart(x: string, y: string): number {
  const a = nameTokens(x), b = nameTokens(y);
  if (a.length !== b.length) return 0;
  const diff = a.map((w, i) => [w, b[i]!] as const).filter(([p, q]) => p !== q);
  if (diff.length !== 1) return 0;
  const [p, q] = diff[0]!;
  return p.length >= 4 && q.length >= 4 ? jaroWinkler(p, q) : 0;
}

/** The name with each word masked in turn: names one word apart share a key. */
export function masked(name: string): string[] {
  const t = nameTokens(name);
  return t.length < 2 ? [] : t.map((_, i) => t.map((w, j) => (i === j ? "*" : w)).join(" "));
}

// Module-level: a bundler may rewrite a Unicode property escape as a RegExp built at each use.
const CAP_START = /^\p{Lu}/u;

export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => CAP_START.test(w))
    .map((w) => w[0])
    .join("");
}

