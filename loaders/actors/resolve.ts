import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";
import { slug } from "../text/ids.js";
import type { Candidate } from "./candidate.js";
import type { RegistryActor } from "./registry.js";
import { cleanSurface as cleanSurfaceOf, jaroWinkler, nameKey as nameKeyOf, nameTokens, personSimilarity, skeleton as skeletonOf } from "./normalize.js";
import { orgKey as orgKeyOf } from "./orgkey.js";
import { actorRows, emptyTally, TallyBuilder, type At, type TalliedActor } from "./tally.js";

// Candidates → actors. Registry rows come first and own their names; then
// strong candidates (full names, gazetteer hits) found in document order; then
// weak ones (a bare surname, an unknown acronym), which only join an actor that
// stronger evidence created. Person names merge across spellings when every
// token shares a transliteration skeleton; a near miss is a suggestion, not a merge.

export const MERGE_AT = 0.93;
export const SUGGEST_AT = 0.8;

export interface Suggestion {
  a: string;
  b: string;
  score: number;
  evidence: string[];
}

interface Actor {
  /** Index in creation order (the ledger's actor number). */
  n: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  registry: RegistryActor | null;
  mentions: Candidate[];
}

export interface Resolution {
  actors: ActorRow[];
  mentions: ResolvedMention[];
  suggestions: Suggestion[];
  /** Every actor in creation order with its tally (those without mentions too): the ledger's actors. */
  tallied: TalliedActor[];
}

/** Told when resolution first indexes a key or learns an actor's name (plan/ledger.ts keeps them). */
export interface ResolutionTrace {
  keyed(key: string, actor: number, at: At): void;
  learned(actor: number, name: string, at: At): void;
}

const PERSONLIKE = (k: ActorKind) => k === "person";

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

// A hyphenated surname ("Kosiniak-Kamysz") is still one word.
const isSingle = (c: Candidate) => (c.kind === "person" && !/\s/.test(c.name.trim())) || c.via === "acronym";
/** 1: resolved with the strong candidates; 2: with the rest (weak ones, bare surnames, acronyms), after every strong one. */
export const phaseOf = (c: Candidate): 1 | 2 => (c.weak || isSingle(c) ? 2 : 1);

/** The skeletons a person's full name is found by from a bare surname (the last word, and the last two of longer names). */
export const surnameKeys = (words: string[]) =>
  (words.length > 2 ? [words[words.length - 1]!, words.slice(-2).join(" ")] : [words[words.length - 1]!]).map(skeleton);

/** Whether the registry says an actor is not the one a name names ("distinct_from"). */
export function blocker(registry: RegistryActor[]): (a: { name: string; registry: RegistryActor | null }, name: string) => boolean {
  const regById = new Map(registry.map((r) => [r.id, r]));
  if (!registry.some((r) => r.distinctFrom.length > 0)) return () => false;
  return (a, name) => (a.registry?.distinctFrom.includes(slug(name)) ?? false) || (regById.get(slug(name))?.distinctFrom.includes(a.registry?.id ?? slug(a.name)) ?? false);
}

/** The actor a candidate names by its exact name or surface, given the index `get` (plan/ledger.ts asks it of an earlier index). */
export function lookupIn<A extends { kind: ActorKind; registry: unknown }>(get: (key: string) => A | undefined, c: Candidate): A | undefined {
  for (const s of [c.name, cleanSurface(c.text)]) {
    const ok = c.kind === "organization" ? orgKey(s) : null;
    const byOrg = ok ? get(ok) : undefined;
    if (byOrg) return byOrg;
    const hit = get(keyOf(c.kind, s)) ?? (c.kind === "group" || c.kind === "organization" || c.kind === "person" ? undefined : get(KEYS.actor(s)));
    // A bare word the tagger could not place joins whatever actor already owns that exact name.
    if (hit && (hit.kind === c.kind || hit.registry || c.via === "gazetteer" || c.weak)) return hit;
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

export function resolve(cands: Candidate[], registry: RegistryActor[], trace?: ResolutionTrace): Resolution {
  const actors: Actor[] = [];
  const byKey = new Map<string, Actor>();
  const suggestions = new Map<string, Suggestion>();
  let now: At = [0, null];
  const setKey = (k: string, a: Actor) => {
    byKey.set(k, a);
    trace?.keyed(k, a.n, now);
  };
  const index = (a: Actor, s: string) => {
    const k = keyOf(a.kind, s);
    if (!byKey.has(k)) setKey(k, a);
    const ok = a.kind === "organization" ? orgKey(s) : null;
    if (ok && !byKey.has(ok)) setKey(ok, a);
  };
  const create = (c: { name: string; kind: ActorKind; country: string | null; role: string | null }, reg: RegistryActor | null = null): Actor => {
    const a: Actor = { n: actors.length, name: c.name, kind: c.kind, country: c.country, role: c.role, registry: reg, mentions: [] };
    actors.push(a);
    index(a, a.name);
    return a;
  };
  for (const r of registry) {
    const a = create(r, r);
    for (const alias of r.aliases) index(a, alias);
  }
  const blocked = blocker(registry);
  const suggest = (a: Actor, c: Candidate, score: number) => {
    const key = [a.name, c.name].sort().join("\u0000");
    const s = suggestions.get(key) ?? { a: a.name, b: c.name, score, evidence: [] };
    s.score = Math.max(s.score, score);
    if (s.evidence.length < 4) s.evidence.push(`${c.doc}: "${c.text}" (${c.via})`);
    suggestions.set(key, s);
  };
  const indexed = new Map<Actor, Set<string>>();
  const attach = (a: Actor, c: Candidate) => {
    a.mentions.push(c);
    // Each distinct surface is indexed once per actor: Russia has thousands of mentions, a few spellings.
    const seen = indexed.get(a) ?? indexed.set(a, new Set()).get(a)!;
    for (const s of c.alias ? [cleanSurface(c.text), c.name] : [c.name]) {
      if (seen.has(s)) continue;
      seen.add(s);
      index(a, s);
    }
  };
  const lookup = (c: Candidate): Actor | undefined => lookupIn((k) => byKey.get(k), c);

  const strong = cands.filter((c) => phaseOf(c) === 1);
  const rest = cands.filter((c) => phaseOf(c) === 2);

  // Blocking indexes keep resolution linear in the corpus: a person is compared only with persons
  // whose surname skeleton starts alike; an organisation only with names one word apart.
  const bySurname = new Map<string, Set<Actor>>();
  const byBlock = new Map<string, Set<Actor>>();
  const byMasked = new Map<string, Set<Actor>>();
  const fullNames = new Map<Actor, Set<string>>();
  const docsOf = new Map<Actor, Set<string>>();
  const namesOf = new Map<Actor, Set<string>>();
  const put = <K>(m: Map<K, Set<Actor>>, k: K, a: Actor) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(a);
  const learn = (a: Actor, name: string, doc: string | null) => {
    if (doc) (docsOf.get(a) ?? docsOf.set(a, new Set()).get(a)!).add(doc);
    const names = namesOf.get(a) ?? namesOf.set(a, new Set()).get(a)!;
    if (names.has(name)) return;
    names.add(name);
    trace?.learned(a.n, name, now);
    if (a.kind === "person") {
      const words = name.trim().split(/\s+/);
      if (words.length < 2) return;
      (fullNames.get(a) ?? fullNames.set(a, new Set()).get(a)!).add(name);
      for (const sk of surnameKeys(words)) {
        put(bySurname, sk, a);
        put(byBlock, sk.slice(0, 2), a);
      }
    } else if (a.kind === "organization" || a.kind === "group") {
      for (const k of masked(name)) put(byMasked, k, a);
    }
  };
  for (const a of actors) for (const n of [a.name, ...(a.registry?.aliases ?? [])]) learn(a, n, null);

  for (const c of strong) {
    if (now[1] !== c.doc || now[0] !== 1) now = [1, c.doc];
    let a = lookup(c);
    if (!a && PERSONLIKE(c.kind)) {
      let best: Actor | undefined, score = 0;
      const words = c.name.trim().split(/\s+/);
      for (const x of byBlock.get(skeleton(words[words.length - 1]!).slice(0, 2)) ?? []) {
        if (blocked(x, c.name)) continue;
        for (const n of fullNames.get(x) ?? []) {
          const s = personSimilarity(n, c.name);
          if (s > score) [best, score] = [x, s];
        }
      }
      if (best && score >= MERGE_AT) a = best;
      else if (best && score >= SUGGEST_AT) suggest(best, c, score);
    } else if (!a && (c.kind === "organization" || c.kind === "group")) {
      const near = new Set(masked(c.name).flatMap((k) => [...(byMasked.get(k) ?? [])]));
      for (const x of near) {
        if (x.kind !== c.kind) continue;
        const s = oneWordApart(x.name, c.name);
        if (s >= SUGGEST_AT) suggest(x, c, s);
      }
    }
    if (!a) a = create(c);
    attach(a, c);
    learn(a, c.name, c.doc);
  }

  const acronymsHere = new Map<string, Map<string, Actor>>();
  for (const [a, names] of namesOf) {
    if (a.kind === "person") continue;
    const inits = [...names].map(initials);
    for (const d of docsOf.get(a) ?? []) {
      const m = acronymsHere.get(d) ?? acronymsHere.set(d, new Map()).get(d)!;
      for (const i of inits) if (!m.has(i)) m.set(i, a);
    }
  }
  for (const c of rest) {
    if (now[1] !== c.doc || now[0] !== 2) now = [2, c.doc];
    const docOf = (x: Actor) => docsOf.get(x)?.has(c.doc) ?? false;
    let a = lookup(c);
    if (!a && c.kind === "person") {
      const same = [...(bySurname.get(skeleton(c.name)) ?? [])].filter((x) => !blocked(x, c.name));
      const here = same.filter(docOf);
      if (here.length === 1) a = here[0];
      else if (!here.length && same.length === 1) a = same[0];
      else if (same.length > 1) for (const x of same) suggest(x, c, 0.9);
    } else if (!a && c.via === "acronym") {
      a = acronymsHere.get(c.doc)?.get(c.name.replace(/\./g, ""));
    }
    if (!a && c.weak) continue;
    if (!a) a = create(c);
    attach(a, c);
    learn(a, c.name, c.doc);
  }

  return finish(actors, [...suggestions.values()].sort((x, y) => y.score - x.score));
}

/** Organisation names that differ in one word spelled alike ("Lugansk/Luhansk People's Republic"): that word's similarity, else 0. */
function oneWordApart(x: string, y: string): number {
  const a = nameTokens(x), b = nameTokens(y);
  if (a.length !== b.length) return 0;
  const diff = a.map((w, i) => [w, b[i]!] as const).filter(([p, q]) => p !== q);
  if (diff.length !== 1) return 0;
  const [p, q] = diff[0]!;
  return p.length >= 4 && q.length >= 4 ? jaroWinkler(p, q) : 0;
}

/** The name with each word masked in turn: names one word apart share a key. */
function masked(name: string): string[] {
  const t = nameTokens(name);
  return t.length < 2 ? [] : t.map((_, i) => t.map((w, j) => (i === j ? "*" : w)).join(" "));
}

export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** Sorted by (article, start, end), each article's mentions on their own: a string comparison per article rather than per mention pair (about 0.05–0.1 s of a 10,000-article resolution). */
function byArticleThenPosition(mentions: ResolvedMention[]): ResolvedMention[] {
  const groups = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.article);
    if (list) list.push(m);
    else groups.set(m.article, [m]);
  }
  const out: ResolvedMention[] = [];
  for (const id of [...groups.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)))
    for (const m of groups.get(id)!.sort((x, y) => x.start - y.start || x.end - y.end)) out.push(m);
  return out;
}

function finish(actors: Actor[], suggestions: Suggestion[]): Resolution {
  const kept = actors.map((a) => distinctSpans(a.mentions));
  const tallied: TalliedActor[] = actors.map((a, i) => {
    const t = new TallyBuilder(emptyTally());
    let at: At = [0, null];
    for (const m of a.mentions) {
      const phase = phaseOf(m);
      if (at[0] !== phase || at[1] !== m.doc) at = [phase, m.doc];
      t.add(m, at, cleanSurface(m.text));
    }
    t.tally.mentions = kept[i]!.length;
    t.tally.docs = new Set(kept[i]!.map((m) => m.doc)).size;
    return { name: a.name, kind: a.kind, country: a.country, role: a.role, registry: a.registry, tally: t.done() };
  });
  const { rows, ids } = actorRows(tallied);
  const mentions: ResolvedMention[] = [];
  actors.forEach((a, i) => {
    const id = ids[i];
    if (id) for (const m of kept[i]!) mentions.push(mentionRow(m, id, a.kind));
  });
  return { actors: rows, mentions: byArticleThenPosition(mentions), suggestions, tallied };
}

/** The mentions an actor's rows keep: one per distinct span of an article, in the order found. */
export function distinctSpans(found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seenSpans = new Map<string, Set<number>>();
  for (const m of found) {
    const spans = seenSpans.get(m.doc) ?? seenSpans.set(m.doc, new Set()).get(m.doc)!;
    const k = m.start * 2 ** 24 + m.end;
    if (spans.has(k)) continue;
    spans.add(k);
    out.push(m);
  }
  return out;
}

export const mentionRow = (m: Candidate, actor: string, kind: ActorKind): ResolvedMention =>
  ({ article: m.doc, actor, start: m.start, end: m.end, text: m.text, sentence: m.sentence, kind });
