import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Candidate } from "../actors/candidate.js";
import { cleanSurface, initials, phaseOf, skeleton, surnameKeys } from "../actors/keys.js";
import type { RegistryActor } from "../actors/registry.js";
import { distinctSpans, mentionRow } from "../actors/rows.js";
import { nameRecord, Resolver, type ResolutionTrace, type YearOf } from "../actors/merge.js";
import { actorRows, emptyTally, TallyBuilder, type At, type Tally, type TalliedActor } from "../actors/tally.js";
import { writeAtomic } from "../store/atomic.js";
import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";

// Actor resolution reads every candidate of the corpus in order. The ledger,
// written after each build, lets a rebuild resolve only an added article: it
// records every change resolution made to its state (an actor created, a key
// indexed, a name learned) and when (phase, article), the last time each lookup
// a change could answer differently was made (a key found missing, a surname, a
// block of names, an acronym), and each actor's tallies. The resolver's state
// is rebuilt as it stood at the added article's place and the article resolved
// there by the same code (actors/merge.ts); if no later lookup could have seen
// its changes and no other article's actor row changes, only the tallies, its
// new actors and its mentions are new. Otherwise (or an article was removed or
// changed) the build resolves the whole corpus; test/parallel/ledger.test.ts
// checks that both give byte-identical tables.

const FORMAT = 2;

type When = [phase: 0 | 1 | 2, doc: string | null];
type Probe = "key" | "surname" | "block" | "acronym";

export interface Ledger {
  format: number;
  /** The extractor's version and the registry's rows: another of either starts afresh. */
  basis: string;
  /** The articles in resolution order: id, part key, rows key. */
  docs: [string, string, string][];
  /** Per actor (creation order), when it was created. */
  created: When[];
  keys: [key: string, actor: number, ...When][];
  names: [actor: number, name: string, ...When][];
  /** The last time each lookup was made. */
  probes: [what: Probe, key: string, ...When][];
  actors: { name: string; kind: ActorKind; country: string | null; role: string | null; registry: string | null; tally: Tally }[];
  mentions: number;
}

/** Collects what a resolution changed and looked up. */
export class Recorder implements ResolutionTrace {
  /** When each actor was created, by actor number. */
  births: When[] = [];
  keys: Ledger["keys"] = [];
  names: Ledger["names"] = [];
  private readonly last = new Map<string, At>();
  created(n: number, at: At): void {
    this.births[n] = at;
  }
  keyed(key: string, actor: number, at: At): void {
    this.keys.push([key, actor, at[0], at[1]]);
  }
  learned(actor: number, name: string, at: At): void {
    this.names.push([actor, name, at[0], at[1]]);
  }
  probed(what: Probe, key: string, at: At): void {
    this.last.set(`${what}\u0000${key}`, at);
  }
  probes(): Ledger["probes"] {
    return [...this.last].map(([k, at]) => {
      const i = k.indexOf("\u0000");
      return [k.slice(0, i) as Probe, k.slice(i + 1), at[0], at[1]];
    });
  }
}

export const ledgerBasis = (version: string, registry: RegistryActor[]) =>
  createHash("sha256").update(JSON.stringify([FORMAT, version, registry])).digest("hex").slice(0, 32);

export function ledgerOf(basis: string, rec: Recorder, tallied: TalliedActor[], docs: Ledger["docs"], mentions: number): Ledger {
  const actors = tallied.map((a) => ({ name: a.name, kind: a.kind, country: a.country, role: a.role, registry: a.registry?.id ?? null, tally: a.tally }));
  return { format: FORMAT, basis, docs, created: rec.births, keys: rec.keys, names: rec.names, probes: rec.probes(), actors, mentions };
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
  mkdirSync(cacheDir, { recursive: true });
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
 * Resolves the articles the ledger does not hold, one at a time, or says why that could change what
 * the ledger's articles resolved to. `docs`: the corpus in resolution order (id, part key).
 */
export function extendLedger(ledger: Ledger, docs: [string, string][], candidates: (id: string) => Candidate[], registry: RegistryActor[], yearOf: YearOf = () => null): Extended | string {
  const known = new Map(ledger.docs.map((d) => [d[0], d]));
  let k = 0;
  for (const [id, partKey] of docs) {
    const old = known.get(id);
    if (old && (old[1] !== partKey || ledger.docs[k++]![0] !== id)) return `${id} changed or moved`;
  }
  if (k !== ledger.docs.length) return "an article was removed";
  const rank = new Map(docs.map(([id], i) => [id, i]));
  const before = (x: At, y: At) => x[0] < y[0] || (x[0] === y[0] && x[0] !== 0 && rank.get(x[1]!)! < rank.get(y[1]!)!);
  const regById = new Map(registry.map((r) => [r.id, r]));
  const original = new Map(ledger.actors.map((a, n) => [n, n]));
  const byArticle = new Map<string, ResolvedMention[]>();
  let current = ledger;
  for (const [id] of docs) {
    if (known.has(id)) continue;
    const step = addOne(current, id, candidates(id), regById, { before, yearOf });
    if (typeof step === "string") return step;
    current = step.ledger;
    for (const [n, m] of original) original.set(n, step.moved[m]!);
    // Earlier added articles' mentions hold actor numbers: renumber them too.
    for (const list of byArticle.values()) for (const m of list) m.actor = String(step.moved[Number(m.actor)]);
    byArticle.set(id, step.mentions);
  }
  // Rows of the actors the ledger's articles name must not change (their rows keys would).
  const was = actorRows(talliedOf(ledger, regById));
  const now = actorRows(talliedOf(current, regById));
  const [wasRows, nowRows] = [new Map(was.rows.map((r) => [r.id, r])), new Map(now.rows.map((r) => [r.id, r]))];
  for (const [n, m] of original) {
    const id = was.ids[n];
    if (id === null || id === undefined) continue;
    const [x, y] = [wasRows.get(id)!, nowRows.get(now.ids[m] ?? "")];
    if (!y || x.id !== y.id || x.name !== y.name || x.country !== y.country || x.role !== y.role) return `the row of ${x.id} would change`;
  }
  for (const [id, list] of byArticle) byArticle.set(id, list.map((m) => ({ ...m, actor: now.ids[Number(m.actor)]! })));
  const final = current;
  return {
    actors: now.rows,
    actorById: nowRows,
    byArticle,
    mentions: final.mentions,
    rowsKeys: new Map(ledger.docs.map(([id, , rowsKey]) => [id, rowsKey])),
    next: (rowsKey) => ({ ...final, docs: docs.map(([id, partKey]) => [id, partKey, known.get(id)?.[2] ?? rowsKey(id)]) }),
  };
}

const talliedOf = (l: Ledger, regById: Map<string, RegistryActor>): TalliedActor[] =>
  l.actors.map((a) => ({ ...a, registry: a.registry === null ? null : regById.get(a.registry) ?? null }));

interface Step {
  ledger: Ledger;
  /** Old actor number → number after the added article's actors took their places in creation order. */
  moved: number[];
  /** The article's mentions, `actor` holding the actor's number (as a string) until ids are known. */
  mentions: ResolvedMention[];
}

type Before = (x: At, y: At) => boolean;
/** How changes are ordered, and each article's year (a person's name learned again in another year is another change). */
type Order = { before: Before; yearOf: YearOf };

/** Which learned name a change is, as the resolver tells names apart (actors/merge.ts nameRecord). */
const learnedKey = (r: Resolver, yearOf: YearOf, n: number, name: string, doc: string | null) =>
  `${n}\u0000${nameRecord(r.actors[n]!.kind, name, doc === null ? null : yearOf(doc))}`;

/** The article resolved where it stands: the resolver, what it recorded, and the keys and names the article made. */
interface Resolved {
  r: Resolver;
  rec: Recorder;
  mine: { keys: Set<string>; names: Set<string> };
}

function addOne(l: Ledger, id: string, cands: Candidate[], regById: Map<string, RegistryActor>, order: Order): Step | string {
  const done = resolveAt(l, id, cands, regById, order);
  if (typeof done === "string") return done;
  return seenLater(l, id, done, order.before) ?? stepOf(l, done, order);
}

/** The resolver's state rebuilt as it stood at the article's place, and the article resolved there by the same code; or why it cannot be. */
function resolveAt(l: Ledger, id: string, cands: Candidate[], regById: Map<string, RegistryActor>, { before, yearOf }: Order): Resolved | string {
  const registry = [...regById.values()];
  const rec = new Recorder();
  const r = new Resolver(registry, rec, false, yearOf);
  const actors = talliedOf(l, regById).map((a) => r.restoreActor(a, a.registry));
  // Every change the ledger holds, in the order made; replayed up to a point of the order.
  type Change = { at: At; apply: () => void; key?: string; name?: string; actor: number };
  const changes: Change[] = [
    ...l.keys.map(([key, n, ...at]): Change => ({ at, actor: n, key, apply: () => r.restoreKey(key, actors[n]!) })),
    ...l.names.map(([n, name, ...at]): Change => ({ at, actor: n, name, apply: () => r.restoreName(actors[n]!, name, at[1]) })),
  ];
  const order = changes.map((c, i) => [c, i] as const).sort(([x, i], [y, j]) => (before(x.at, y.at) ? -1 : before(y.at, x.at) ? 1 : i - j)).map(([c]) => c);
  let next = 0;
  const mine = { keys: new Set<string>(), names: new Set<string>() };
  const replay = (upTo: At | null) => {
    for (; next < order.length && (upTo === null || before(order[next]!.at, upTo)); next++) {
      const c = order[next]!;
      if (c.key !== undefined && mine.keys.has(c.key)) return `${id}: "${c.key}" would be indexed before the article that indexed it`;
      if (c.name !== undefined && mine.names.has(learnedKey(r, yearOf, c.actor, c.name, c.at[1]))) continue;
      c.apply();
    }
    return null;
  };
  const T1: At = [1, id], T2: At = [2, id];
  const collect = (from: number) => {
    for (const [key] of rec.keys.slice(from)) mine.keys.add(key);
    for (const [n, name, , doc] of rec.names) mine.names.add(learnedKey(r, yearOf, n, name, doc));
  };
  replay(T1);
  r.now = T1;
  for (const c of cands) if (phaseOf(c) === 1) r.strong(c);
  collect(0);
  const strongKeys = rec.keys.length;
  let why = replay([2, null]);
  if (why) return why;
  r.endStrong();
  why = replay(T2);
  if (why) return why;
  r.now = T2;
  for (const c of cands) if (phaseOf(c) === 2) r.rest(c);
  collect(strongKeys);
  why = replay(null);
  return why ?? { r, rec, mine };
}

/** Why a lookup made after the article's place could have seen what the article changed, or null. */
function seenLater(l: Ledger, id: string, { r, rec }: Resolved, before: Before): string | null {
  const last = new Map(l.probes.map(([what, key, ...at]) => [`${what}\u0000${key}`, at as At]));
  const seenAfter = (what: Probe, key: string, at: At) => {
    const t = last.get(`${what}\u0000${key}`);
    return t !== undefined && before(at, t);
  };
  const namesOf = (n: number) => [...l.names.filter((x) => x[0] === n).map((x) => x[1]), ...rec.names.filter((x) => x[0] === n).map((x) => x[1])];
  for (const [key, , ...at] of rec.keys) if (seenAfter("key", key, at)) return `${id}: a later article looked up "${key}"`;
  for (const [n, name, ...at] of rec.names) {
    const a = r.actors[n]!;
    if (a.kind === "person") {
      const words = name.trim().split(/\s+/);
      // A one-word person's name is a surname a later bare mention may have looked up too.
      const keys = words.length > 1 ? surnameKeys(words) : [skeleton(name)];
      if (keys.some((sk) => seenAfter("surname", sk, at))) return `${id}: a later article looked up a surname of "${name}"`;
      // Comparing a block compares every full name of its persons.
      const blocks = namesOf(n).flatMap((x) => (x.trim().split(/\s+/).length > 1 ? surnameKeys(x.trim().split(/\s+/)).map((sk) => sk.slice(0, 2)) : []));
      if (blocks.some((b) => seenAfter("block", b, at))) return `${id}: a later article compared names with "${name}"`;
    } else if (at[0] === 1 && seenAfter("acronym", initials(name), at)) return `${id}: a later article looked up the acronym of "${name}"`;
  }
  return null;
}

/** The ledger with the article in it: the actors in creation order, the article's at their place, with their tallies. */
function stepOf(l: Ledger, { r, rec, mine }: Resolved, { before, yearOf }: Order): Step {
  const created: At[] = r.actors.map((_, n) => (n < l.created.length ? l.created[n]! : rec.births[n]!));
  const order2 = created.map((at, n) => [at, n] as const).sort(([x, i], [y, j]) => (before(x, y) ? -1 : before(y, x) ? 1 : i - j)).map(([, n]) => n);
  const moved: number[] = new Array(order2.length);
  order2.forEach((n, i) => (moved[n] = i));
  const tallies = r.actors.map((a, n) => {
    const old = n < l.actors.length ? l.actors[n]!.tally : null;
    // An actor the article does not name keeps its tally as it is, shared with the old ledger, never changed.
    if (!a.mentions.length) return old ?? emptyTally();
    const t = new TallyBuilder(old ? structuredClone(old) : emptyTally(), before);
    for (const c of a.mentions) t.add(c, [phaseOf(c), c.doc], cleanSurface(c.text));
    const kept = distinctSpans(a.mentions);
    t.tally.mentions += kept.length;
    t.tally.docs += 1;
    return t.done();
  });
  const mentions: ResolvedMention[] = [];
  for (const n of order2) for (const m of distinctSpans(r.actors[n]!.mentions)) mentions.push(mentionRow(m, String(moved[n]), r.actors[n]!.kind));
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  const ledger: Ledger = {
    ...l,
    created: order2.map((n) => created[n]! as When),
    keys: [...l.keys, ...rec.keys].map(([key, n, ...at]) => [key, moved[n]!, ...at]),
    // A name the article learned that a later article had learned moves to the article, in the order the article learned it.
    names: [...l.names.filter(([n, name, , doc]) => !mine.names.has(learnedKey(r, yearOf, n, name, doc))), ...rec.names].map(([n, name, ...at]): Ledger["names"][number] => [moved[n]!, name, ...at]),
    probes: mergeProbes(l.probes, rec.probes(), before),
    actors: order2.map((n) => {
      const a = r.actors[n]!;
      return { name: a.name, kind: a.kind, country: a.country, role: a.role, registry: a.registry?.id ?? null, tally: tallies[n]! };
    }),
    mentions: l.mentions + mentions.length,
  };
  return { ledger, moved: moved.slice(0, l.actors.length), mentions };
}

function mergeProbes(old: Ledger["probes"], mine: Ledger["probes"], before: Before): Ledger["probes"] {
  const last = new Map(old.map((p) => [`${p[0]}\u0000${p[1]}`, p]));
  for (const p of mine) {
    const k = `${p[0]}\u0000${p[1]}`;
    const o = last.get(k);
    if (!o || before([o[2], o[3]], [p[2], p[3]])) last.set(k, p);
  }
  return [...last.values()];
}
