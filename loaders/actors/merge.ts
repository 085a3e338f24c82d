import type { ActorKind } from "../types.js";
import type { Candidate } from "./candidate.js";
import { blocker, cleanSurface, initials, keyOf, kindKeyOf, lookupIn, masked, oneWordApart, orgKey, skeleton, surnameKeys } from "./keys.js";
import { personSimilarity } from "./normalize.js";
import type { RegistryActor } from "./registry.js";
import { emptyTally, TallyBuilder } from "./tally.js";

// Candidates → actors, one candidate at a time. Registry rows come first and
// own their names; then strong candidates (full names, gazetteer hits) in
// document order; then weak ones (a bare surname, an unknown acronym), which
// only join an actor that stronger evidence created. Person names merge across
// spellings when every token shares a transliteration skeleton; a near miss is
// a suggestion, not a merge.

export const MERGE_AT = 0.93;
export const SUGGEST_AT = 0.8;
/**
 * A bare surname names someone in the news when the article was written: it joins a full name from
 * another article only if that name was printed within this many years of it ("Bush" in 1990 is not
 * the Bush of a 2000 story). Articles without a published date are not held to it.
 */
export const SURNAME_YEARS = 4;

/** An article's year of publication, or null when unknown. */
export type YearOf = (doc: string) => number | null;
export const publishedYear = (date: string | null | undefined): number | null => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/** What makes a learned name new: a person's full name counts again in each year it is printed. */
export const nameRecord = (kind: ActorKind, name: string, year: number | null) =>
  kind === "person" && year !== null && /\s/.test(name.trim()) ? `${name}\u0000${year}` : name;

export interface Suggestion {
  a: string;
  b: string;
  score: number;
  evidence: string[];
}

export interface Actor {
  /** Index in creation order. */
  n: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  registry: RegistryActor | null;
  /** Its mentions' values, counted as they join (the row is made of these, not of the mentions). */
  tally: TallyBuilder;
}

type Seed = { name: string; kind: ActorKind; country: string | null; role: string | null };

export class Resolver {
  readonly actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  private readonly suggestions = new Map<string, Suggestion>();
  /** Per actor (by its place): the surfaces it is indexed by, and the article and name it last joined by. */
  private readonly joined: { seen: Set<string>; doc: string | null; name: string | null }[] = [];
  // Blocking indexes keep resolution linear in the corpus: a person is compared only with persons
  // whose surname skeleton starts alike; an organisation only with names one word apart.
  private readonly bySurname = new Map<string, Set<Actor>>();
  private readonly byBlock = new Map<string, Set<Actor>>();
  private readonly byMasked = new Map<string, Set<Actor>>();
  private readonly fullNames = new Map<Actor, Set<string>>();
  /** The articles each actor is named in, by their numbers (noOf). */
  private readonly docsOf = new Map<Actor, Set<number>>();
  /** The names each actor was learned by (nameRecord), and the last name and year asked: most mentions repeat them. */
  private readonly namesOf = new Map<Actor, { records: Set<string>; name: string | null; year: number | null }>();
  /** Persons known by one word alone, by its skeleton. */
  private readonly byBare = new Map<string, Set<Actor>>();
  /** The years a person's full names were printed in. */
  private readonly yearsOf = new Map<Actor, Set<number>>();
  /** From the end of the strong candidates: the actors (not persons) by their names' initials, in the order their names were learned. */
  private byInitials: Map<string, Actor[]> | null = null;
  /** Articles an actor joined after the strong candidates: an acronym is read among the actors as they stood then. */
  private readonly lateDocs = new Map<Actor, Set<number>>();
  /** Each article's number, and the last one asked (an article's candidates come together). */
  private readonly docNos = new Map<string, number>();
  private lastDoc: string | null = null;
  private lastNo = -1;
  private readonly blocked: ReturnType<typeof blocker>;
  private readonly get = (k: string) => this.byKey.get(k);

  constructor(registry: RegistryActor[], private readonly yearOf: YearOf = () => null) {
    this.blocked = blocker(registry);
    for (const r of registry) {
      const a = this.create(r, r);
      for (const alias of r.aliases) this.index(a, alias);
    }
    for (const a of this.actors) for (const n of [a.name, ...(a.registry?.aliases ?? [])]) this.learn(a, n, null);
  }

  /** A strong candidate: found by name, else merged with a person spelled alike, else a new actor; returns that actor. */
  strong(c: Candidate): Actor {
    let a = lookupIn(this.get, c);
    if (!a && c.kind === "person") {
      let best: Actor | undefined, score = 0;
      const words = c.name.trim().split(/\s+/);
      const block = skeleton(words[words.length - 1]!).slice(0, 2);
      for (const x of this.byBlock.get(block) ?? []) {
        if (this.blocked(x, c.name)) continue;
        for (const n of this.fullNames.get(x) ?? []) {
          const s = personSimilarity(n, c.name);
          if (s > score) [best, score] = [x, s];
        }
      }
      if (best && score >= MERGE_AT) a = best;
      else if (best && score >= SUGGEST_AT) this.suggest(best, c, score);
    } else if (!a && (c.kind === "organization" || c.kind === "group")) {
      const near = new Set(masked(c.name).flatMap((k) => [...(this.byMasked.get(k) ?? [])]));
      for (const x of near) {
        if (x.kind !== c.kind) continue;
        const s = oneWordApart(x.name, c.name);
        if (s >= SUGGEST_AT) this.suggest(x, c, s);
      }
    }
    return this.join(a ?? this.create(c), c);
  }

  /** After the strong candidates: each article's acronyms are the initials of the names of the actors it holds. */
  endStrong(): void {
    this.byInitials = new Map();
    for (const [a, { records }] of this.namesOf) {
      if (a.kind === "person") continue;
      for (const i of new Set([...records].map(initials))) (this.byInitials.get(i) ?? this.byInitials.set(i, []).get(i)!).push(a);
    }
  }

  /** The first actor (names learned first) holding the initials among those the article named with the strong candidates. */
  private acronymHere(doc: string, i: string): Actor | undefined {
    for (const a of this.byInitials?.get(i) ?? []) if (this.names(a, doc) && !this.lateDocs.get(a)?.has(this.noOf(doc))) return a;
    return undefined;
  }

  /** A weak or one-word candidate: joins a known actor (returned), or is dropped when weak. */
  rest(c: Candidate): Actor | undefined {
    let a = lookupIn(this.get, c);
    if (c.kind === "person" && (!a || this.elsewhere(a, c))) a = this.bySurnameOf(c, a);
    else if (!a && c.via === "acronym") {
      a = this.acronymHere(c.doc, c.name.replace(/\./g, ""));
    }
    if (!a && c.weak) return undefined;
    // "Security forces arrested …": a capitalised word guessed a person, with no evidence of its
    // own, is no alias of a body another article names ("Security" for a bank there).
    if (a && c.weak && c.via === "single" && a.kind === "organization" && !a.registry && !this.names(a, c.doc)) return undefined;
    return this.join(a ?? this.create(c), c);
  }

  /**
   * Whether a bare name's key found a person this article does not name: one known by that word alone
   * (a full name here is likelier), a full name printed far from the article's year, or one while this
   * article names another of that surname in full.
   */
  private elsewhere(a: Actor, c: Candidate): boolean {
    if (a.kind !== "person" || a.registry || /\s/.test(c.name.trim()) || this.names(a, c.doc)) return false;
    if (!this.fullNames.has(a) || !this.nearInTime(a, c.doc)) return true;
    // another person of that surname named in full in this article is likelier than one from another article
    const sk = skeleton(c.name);
    for (const x of this.bySurname.get(sk) ?? []) if (x !== a && this.names(x, c.doc)) return true;
    return false;
  }

  /**
   * A bare surname: the one person of that surname this article names in full, else the one-word person
   * the key found, else the one full name printed near the article's year, else (when the key found a
   * full name far from it) the person known by that word alone.
   */
  private bySurnameOf(c: Candidate, found: Actor | undefined): Actor | undefined {
    const sk = skeleton(c.name);
    const same = [...(this.bySurname.get(sk) ?? [])].filter((x) => !this.blocked(x, c.name));
    const here = same.filter((x) => this.names(x, c.doc));
    if (here.length === 1) return here[0];
    if (found && !this.fullNames.has(found)) return found;
    const near = here.length ? [] : same.filter((x) => this.nearInTime(x, c.doc));
    if (near.length === 1) return near[0];
    if (same.length > 1) for (const x of same) this.suggest(x, c, 0.9);
    if (!found || here.length || near.length) return undefined;
    return [...(this.byBare.get(sk) ?? [])][0];
  }

  /** Whether a person's full name was printed within SURNAME_YEARS of the article (always, when either is undated). */
  private nearInTime(a: Actor, doc: string): boolean {
    const year = this.yearOf(doc);
    const years = this.yearsOf.get(a);
    if (year === null || !years?.size) return true;
    for (const y of years) if (Math.abs(y - year) <= SURNAME_YEARS) return true;
    return false;
  }

  /** Whether the actor is named in the article. */
  private names(a: Actor, doc: string): boolean {
    return this.docsOf.get(a)?.has(this.noOf(doc)) ?? false;
  }

  private noOf(doc: string): number {
    if (doc !== this.lastDoc) (this.lastDoc = doc), (this.lastNo = this.docNos.get(doc) ?? this.docNos.set(doc, this.docNos.size).get(doc)!);
    return this.lastNo;
  }

  suggestionList(): Suggestion[] {
    return [...this.suggestions.values()].sort((x, y) => y.score - x.score);
  }

  private create(c: Seed, reg: RegistryActor | null = null): Actor {
    const a: Actor = { n: this.actors.length, name: c.name, kind: c.kind, country: c.country, role: c.role, registry: reg, tally: new TallyBuilder(emptyTally()) };
    this.actors.push(a);
    this.index(a, a.name);
    return a;
  }

  private index(a: Actor, s: string): void {
    const k = keyOf(a.kind, s);
    if (!this.byKey.has(k)) this.byKey.set(k, a);
    else if (this.byKey.get(k)!.kind !== a.kind) {
      const own = kindKeyOf(a.kind, s);
      if (!this.byKey.has(own)) this.byKey.set(own, a);
    }
    const ok = a.kind === "organization" ? orgKey(s) : null;
    if (ok && !this.byKey.has(ok)) this.byKey.set(ok, a);
  }

  private join(a: Actor, c: Candidate): Actor {
    const surface = c.alias ? cleanSurface(c.text) : "";
    a.tally.add(c, surface);
    // Each distinct surface is indexed once per actor: Russia has thousands of mentions, a few spellings.
    const last = (this.joined[a.n] ??= { seen: new Set(), doc: null, name: null });
    // A mention repeating the name the actor last joined by, in that article, has nothing new to index or learn.
    if (last.doc === c.doc && last.name === c.name && (!c.alias || last.seen.has(surface))) return a;
    if (c.alias) this.indexOnce(a, last.seen, surface);
    this.indexOnce(a, last.seen, c.name);
    this.learn(a, c.name, c.doc, last.doc !== c.doc);
    [last.doc, last.name] = [c.doc, c.name];
    return a;
  }

  private indexOnce(a: Actor, seen: Set<string>, s: string): void {
    if (seen.has(s)) return;
    seen.add(s);
    this.index(a, s);
  }

  /** `newDoc`: the actor's last join was in another article (else this one is already among its articles). */
  private learn(a: Actor, name: string, doc: string | null, newDoc = true): void {
    const year = doc === null ? null : this.yearOf(doc);
    if (doc && newDoc) {
      const docs = this.docsOf.get(a) ?? this.docsOf.set(a, new Set()).get(a)!;
      const no = this.noOf(doc);
      if (!docs.has(no)) {
        docs.add(no);
        if (this.byInitials) (this.lateDocs.get(a) ?? this.lateDocs.set(a, new Set()).get(a)!).add(no);
      }
    }
    const names = this.namesOf.get(a) ?? this.namesOf.set(a, { records: new Set(), name: null, year: null }).get(a)!;
    if (names.name === name && names.year === year) return;
    [names.name, names.year] = [name, year];
    const record = nameRecord(a.kind, name, year);
    if (names.records.has(record)) return;
    names.records.add(record);
    if (a.kind === "person") {
      const words = name.trim().split(/\s+/);
      if (words.length < 2) {
        if (!/\s/.test(a.name.trim())) put(this.byBare, skeleton(name), a);
        return;
      }
      if (year !== null) (this.yearsOf.get(a) ?? this.yearsOf.set(a, new Set()).get(a)!).add(year);
      (this.fullNames.get(a) ?? this.fullNames.set(a, new Set()).get(a)!).add(name);
      for (const sk of surnameKeys(words)) {
        put(this.bySurname, sk, a);
        put(this.byBlock, sk.slice(0, 2), a);
      }
    } else if (a.kind === "organization" || a.kind === "group") {
      for (const k of masked(name)) put(this.byMasked, k, a);
    }
  }

  private suggest(a: Actor, c: Candidate, score: number): void {
    const key = [a.name, c.name].sort().join("\u0000");
    const s = this.suggestions.get(key) ?? { a: a.name, b: c.name, score, evidence: [] };
    s.score = Math.max(s.score, score);
    if (s.evidence.length < 4) s.evidence.push(`${c.doc}: "${c.text}" (${c.via})`);
    this.suggestions.set(key, s);
  }
}

const put = <K>(m: Map<K, Set<Actor>>, k: K, a: Actor) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(a);
