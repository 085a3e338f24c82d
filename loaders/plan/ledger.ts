import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Candidate } from "../actors/candidate.js";
import type { RegistryActor } from "../actors/registry.js";
import { blocker, cleanSurface, distinctSpans, initials, keyOf, lookupIn, mentionRow, orgKey, phaseOf, skeleton, surnameKeys, type ResolutionTrace } from "../actors/resolve.js";
import { actorRows, TallyBuilder, type At, type Tally, type TalliedActor } from "../actors/tally.js";
import { writeAtomic } from "../tables/atomic.js";
import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";

// Actor resolution reads every candidate of the corpus in order (~1 s and most of
// the cache read at 10,000 articles), yet an added article usually names actors the
// corpus already knows, by names it already uses. The ledger, written after each
// build, records when resolution first indexed each key and learned each name, and
// every actor's tallies. An added article whose every candidate would have been
// found at its place in the order by a key that already existed there, and whose
// names and surfaces were all already known there, changes nothing the other
// articles' resolution reads (only its own article's "which actors are here"): the
// ledger then resolves it alone and updates the tallies. Anything else — a new
// name, a key first indexed later in the order, an actor row whose name, id,
// country or role would change, a removed or changed article — returns null and
// the build resolves the whole corpus as before. test/parallel/ledger.test.ts
// checks the two give byte-identical tables.

const FORMAT = 1;

export interface Ledger {
  format: number;
  /** The extractor's version and the registry's rows: another of either starts afresh. */
  basis: string;
  /** The articles in resolution order: id, part key, rows key. */
  docs: [string, string, string][];
  /** Each key resolution indexed: the key, the actor (creation index), when. */
  keys: [string, number, 0 | 1 | 2, string | null][];
  /** Each name an actor learned: the actor, the name, when. */
  names: [number, string, 0 | 1 | 2, string | null][];
  actors: { name: string; kind: ActorKind; country: string | null; role: string | null; registry: string | null; tally: Tally }[];
  mentions: number;
}

/** Collects what a whole-corpus resolution indexed and learned. */
export class Recorder implements ResolutionTrace {
  keys: Ledger["keys"] = [];
  names: Ledger["names"] = [];
  keyed(key: string, actor: number, at: At): void {
    this.keys.push([key, actor, at[0], at[1]]);
  }
  learned(actor: number, name: string, at: At): void {
    this.names.push([actor, name, at[0], at[1]]);
  }
}

export const ledgerBasis = (version: string, registry: RegistryActor[]) =>
  createHash("sha256").update(JSON.stringify([FORMAT, version, registry])).digest("hex").slice(0, 32);

export function ledgerOf(basis: string, rec: Recorder, tallied: TalliedActor[], docs: Ledger["docs"], mentions: number): Ledger {
  const actors = tallied.map((a) => ({ name: a.name, kind: a.kind, country: a.country, role: a.role, registry: a.registry?.id ?? null, tally: a.tally }));
  return { format: FORMAT, basis, docs, keys: rec.keys, names: rec.names, actors, mentions };
}

const FILE = "ledger.json";

/** The ledger in a cache folder (its first line a checksum of the rest), or null when absent, corrupt or of another basis. */
export function readLedger(cacheDir: string, basis: string): Ledger | null {
  try {
    const text = readFileSync(join(cacheDir, FILE), "utf8");
    const nl = text.indexOf("\n");
    const body = text.slice(nl + 1);
    if (createHash("sha256").update(body).digest("hex") !== text.slice(0, nl)) return null;
    const ledger = JSON.parse(body) as Ledger;
    return ledger.format === FORMAT && ledger.basis === basis ? ledger : null;
  } catch {
    return null;
  }
}

export function writeLedger(cacheDir: string, ledger: Ledger): void {
  const body = JSON.stringify(ledger);
  writeAtomic(join(cacheDir, FILE), `${createHash("sha256").update(body).digest("hex")}\n${body}`);
}

export interface Extended {
  actors: ActorRow[];
  actorById: Map<string, ActorRow>;
  /** The added articles' mentions. */
  byArticle: Map<string, ResolvedMention[]>;
  mentions: number;
  /** The other articles' rows keys, unchanged. */
  rowsKeys: Map<string, string>;
  /** The next ledger, once the added articles' rows keys are filled in. */
  next: (rowsKey: (id: string) => string) => Ledger;
}

/**
 * Resolves the articles the ledger does not hold against it, or says why that could change what the
 * ledger's articles resolved to. `docs` is the corpus in resolution order (id, part key);
 * `candidates(id)` an added article's candidates.
 */
export function extendLedger(ledger: Ledger, docs: [string, string][], candidates: (id: string) => Candidate[], registry: RegistryActor[]): Extended | string {
  const known = new Map(ledger.docs.map((d) => [d[0], d]));
  const added: string[] = [];
  let k = 0;
  for (const [id, partKey] of docs) {
    const old = known.get(id);
    if (!old) added.push(id);
    else if (old[1] !== partKey || ledger.docs[k++]![0] !== id) return `${id} changed or moved`;
  }
  if (k !== ledger.docs.length) return "an article was removed";
  const rank = new Map(docs.map(([id], i) => [id, i]));
  const before = (x: At, y: At) => x[0] < y[0] || (x[0] === y[0] && x[0] !== 0 && rank.get(x[1]!)! < rank.get(y[1]!)!);
  const keys = new Map(ledger.keys.map(([key, actor, phase, doc]) => [key, { actor, at: [phase, doc] as At }]));
  const names = new Map(ledger.names.map(([actor, name, phase, doc]) => [`${actor}\u0000${name}`, [phase, doc] as At]));
  const regById = new Map(registry.map((r) => [r.id, r]));
  const actors = ledger.actors.map((a) => ({ ...a, registry: a.registry === null ? null : regById.get(a.registry) ?? null }));
  if (actors.some((a, n) => (ledger.actors[n]!.registry === null) !== (a.registry === null))) return "the registry changed";
  const blocked = blocker(registry);
  // The index as it stood at a point of the order: keys are only ever added, so it is the keys added before.
  const there = (key: string | null, at: At) => {
    const e = key === null ? undefined : keys.get(key);
    return e && before(e.at, at) ? e.actor : undefined;
  };
  const knew = (n: number, name: string, at: At) => {
    const t = names.get(`${n}\u0000${name}`);
    return t !== undefined && before(t, at);
  };
  // Persons by surname skeleton, and the names each actor knew once the strong candidates were done
  // (for acronyms), as resolve() builds them, with when each entry appeared.
  const bySurname = new Map<string, [number, At][]>();
  const strongNames = new Map<number, string[]>();
  for (const [n, name, phase, doc] of ledger.names) {
    const words = name.trim().split(/\s+/);
    if (actors[n]!.kind === "person" && words.length > 1) for (const k of surnameKeys(words)) (bySurname.get(k) ?? bySurname.set(k, []).get(k)!).push([n, [phase, doc]]);
    if (phase < 2) (strongNames.get(n) ?? strongNames.set(n, []).get(n)!).push(name);
  }
  const found = new Map<number, Candidate[]>();
  for (const id of added) {
    const cands = candidates(id);
    const here = new Set<number>(); // the actors this article has joined so far (resolve()'s docsOf)
    let acronyms: Map<string, number> | undefined;
    for (const c of [...cands.filter((c) => phaseOf(c) === 1), ...cands.filter((c) => phaseOf(c) === 2)]) {
      const at: At = [phaseOf(c), id];
      // resolve() makes each article's acronyms once, from what the strong candidates joined.
      if (at[0] === 2) acronyms ??= acronymsOf(here, strongNames, actors);
      let n = lookupIn((key) => {
        const x = there(key, at);
        return x === undefined ? undefined : { n: x, kind: actors[x]!.kind, registry: actors[x]!.registry };
      }, c)?.n;
      if (n === undefined && at[0] === 2 && c.kind === "person") {
        const same = [...new Set((bySurname.get(skeleton(c.name)) ?? []).flatMap(([x, t]) => (before(t, at) ? [x] : [])))].filter((x) => !blocked(actors[x]!, c.name));
        const mine = same.filter((x) => here.has(x));
        if (mine.length === 1) n = mine[0];
        else if (!mine.length && same.length === 1) n = same[0];
      } else if (n === undefined && at[0] === 2 && c.via === "acronym") {
        n = acronyms!.get(c.name.replace(/\./g, ""));
      }
      if (n === undefined && c.weak) continue; // dropped, as resolve() drops it
      if (n === undefined) return `${id}: "${c.name}" (${c.kind}) would be a new actor`;
      const a = actors[n]!;
      // attach() and learn() must find nothing new to index or learn.
      for (const s of c.alias ? [cleanSurface(c.text), c.name] : [c.name]) {
        if (there(keyOf(a.kind, s), at) === undefined || (a.kind === "organization" && orgKey(s) && there(orgKey(s), at) === undefined))
          return `${id}: "${s}" would be a new name of ${a.name}`;
      }
      if (!knew(n, c.name, at)) return `${id}: ${a.name} would learn "${c.name}"`;
      here.add(n);
      (found.get(n) ?? found.set(n, []).get(n)!).push(c);
    }
  }
  const tallied: TalliedActor[] = actors.map((a, n) => {
    const list = found.get(n);
    if (!list) return a;
    const t = new TallyBuilder(structuredClone(a.tally), before);
    for (const c of list) t.add(c, [phaseOf(c), c.doc], cleanSurface(c.text));
    const kept = distinctSpans(list);
    t.tally.mentions += kept.length;
    t.tally.docs += new Set(kept.map((m) => m.doc)).size;
    return { ...a, tally: t.done() };
  });
  const was = actorRows(tallied.map((a, n) => ({ ...a, tally: actors[n]!.tally })));
  const now = actorRows(tallied);
  const [wasRows, nowRows] = [new Map(was.rows.map((r) => [r.id, r])), new Map(now.rows.map((r) => [r.id, r]))];
  for (let n = 0; n < actors.length; n++) {
    if (was.ids[n] === null) continue;
    const [x, y] = [wasRows.get(was.ids[n]!)!, nowRows.get(now.ids[n]!)];
    if (!y || x.id !== y.id || x.name !== y.name || x.country !== y.country || x.role !== y.role) return `the row of ${x.id} would change`;
  }
  const byArticle = new Map<string, ResolvedMention[]>(added.map((id) => [id, []]));
  let mentions = ledger.mentions;
  for (const [n, list] of [...found].sort((x, y) => x[0] - y[0])) {
    for (const m of distinctSpans(list)) {
      byArticle.get(m.doc)!.push(mentionRow(m, now.ids[n]!, actors[n]!.kind));
      mentions++;
    }
  }
  for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    actors: now.rows,
    actorById: nowRows,
    byArticle,
    mentions,
    rowsKeys: new Map(ledger.docs.map(([id, , rowsKey]) => [id, rowsKey])),
    next: (rowsKey) => ({
      ...ledger,
      docs: docs.map(([id, partKey]) => [id, partKey, known.get(id)?.[2] ?? rowsKey(id)]),
      actors: tallied.map((a) => ({ name: a.name, kind: a.kind, country: a.country, role: a.role, registry: a.registry?.id ?? null, tally: a.tally })),
      mentions,
    }),
  };
}

/**
 * resolve()'s acronyms of one article: the initials of every name (known once the strong candidates were
 * done) of each non-person actor the article joined, first come first served in the order actors learned names.
 */
function acronymsOf(here: Set<number>, strongNames: Map<number, string[]>, actors: { kind: ActorKind }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [n, names] of strongNames) {
    if (actors[n]!.kind === "person" || !here.has(n)) continue;
    for (const i of names.map(initials)) if (!m.has(i)) m.set(i, n);
  }
  return m;
}
