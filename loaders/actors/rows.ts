import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";
import type { Candidate } from "./candidate.js";
import { phaseOf } from "./keys.js";
import type { RegistryActor } from "./registry.js";
import { Resolver, type Actor, type Suggestion, type YearOf } from "./merge.js";
import { actorRows, type TalliedActor } from "./tally.js";

export { MERGE_AT, SUGGEST_AT, type Suggestion, type YearOf } from "./merge.js";

// The whole corpus's candidates through the resolver (merge.ts), in its order:
// registry, strong candidates, the rest; then the actor rows and mention rows.
// A corpus's candidates are asked for one article at a time and not kept: of
// what they hold, only the numbers the rows keys and the order of mentions read
// stay, in columns. 300,000 candidates kept as objects through the build would
// be copied by every garbage collection while they are made.

export interface Resolution {
  actors: ActorRow[];
  /** Sorted by article id, then start, end and the actor's place in creation order (made when first read). */
  readonly mentions: ResolvedMention[];
  /** The same mentions, each article's on their own, articles in id order. */
  byArticle: Map<string, ArticleMentions>;
  suggestions: Suggestion[];
  /** Each actor's id in creation order (null for one without mentions): `ArticleMentions.actorAt` indexes it. */
  ids: readonly (string | null)[];
}

/** Every candidate's numbers by its place in the input (all pieces one after the other), and where each piece starts. */
class Columns {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  sentence = new Int32Array(1024);
  phase = new Uint8Array(1024);
  /** Each candidate's actor (its place in creation order), -1 when dropped. */
  actor = new Int32Array(1024);
  length = 0;
  readonly pieceAt: number[] = [];

  constructor(readonly pieceOf: (k: number) => readonly Candidate[]) {}

  push(c: Candidate, phase: number, actor: number): void {
    if (this.length === this.start.length) this.grow();
    const g = this.length++;
    [this.start[g], this.end[g], this.sentence[g], this.phase[g], this.actor[g]] = [c.start, c.end, c.sentence, phase, actor];
  }

  private grow(): void {
    const n = this.start.length * 2;
    const wider = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    [this.start, this.end, this.sentence, this.actor] = [wider(this.start), wider(this.end), wider(this.sentence), wider(this.actor)];
    const phase = new Uint8Array(n);
    phase.set(this.phase);
    this.phase = phase;
  }

  /** The candidates at these places, their pieces asked for again (one at a time). */
  candidates(places: ArrayLike<number>): Candidate[] {
    const out: Candidate[] = new Array(places.length);
    let k = -1, piece: readonly Candidate[] = [];
    for (let i = 0; i < places.length; i++) {
      const g = places[i]!;
      if (k < 0 || g < this.pieceAt[k]! || g >= (this.pieceAt[k + 1] ?? this.length)) piece = this.pieceOf((k = this.pieceOfPlace(g)));
      out[i] = piece[g - this.pieceAt[k]!]!;
    }
    return out;
  }

  private pieceOfPlace(g: number): number {
    let lo = 0, hi = this.pieceAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pieceAt[mid]! <= g) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * One article's mentions: each kept candidate's place in the input and its actor's place in creation
 * order. The rows are made when asked: a rebuild needs them only for the articles whose rows are not
 * cached, and 300,000 objects made for nothing would be garbage to collect.
 */
export class ArticleMentions {
  private made: ResolvedMention[] | undefined;
  constructor(private readonly places: Int32Array, private readonly cols: Columns, private readonly ids: readonly (string | null)[], private readonly kinds: readonly ActorKind[]) {}
  get length(): number {
    return this.places.length;
  }
  /** The i-th mention's actor, by its place in creation order. */
  actorAt(i: number): number {
    return this.cols.actor[this.places[i]!]!;
  }
  start(i: number): number {
    return this.cols.start[this.places[i]!]!;
  }
  end(i: number): number {
    return this.cols.end[this.places[i]!]!;
  }
  sentence(i: number): number {
    return this.cols.sentence[this.places[i]!]!;
  }
  rows(): ResolvedMention[] {
    return (this.made ??= this.cols.candidates(this.places).map((c, i) => mentionRow(c, this.ids[this.actorAt(i)]!, this.kinds[this.actorAt(i)]!)));
  }
}

/** Candidates already in memory, in one piece. */
export function resolve(cands: Candidate[], registry: RegistryActor[], yearOf?: YearOf): Resolution {
  const run = new Resolving(() => cands, registry, yearOf);
  run.add(0);
  return run.end();
}

/**
 * A resolution fed pieces (a corpus's articles) in order, each asked for by its number when added (the
 * strong candidates are resolved then), and again only when the rows of its mentions are asked for.
 */
export class Resolving {
  private readonly r: Resolver;
  private readonly cols: Columns;
  /** Each document's runs of candidates in the input, as [from, to) pairs. */
  private readonly runs = new Map<string, number[]>();
  /** The candidates of the second pass (about one in nine), kept with their places. */
  private readonly rest: Candidate[] = [];
  private readonly restAt: number[] = [];

  constructor(pieceOf: (k: number) => readonly Candidate[], registry: RegistryActor[], yearOf?: YearOf) {
    this.r = new Resolver(registry, yearOf);
    this.cols = new Columns(pieceOf);
  }

  /** The next piece (numbered from 0, in order): its strong candidates resolved, the rest kept for the end. */
  add(k: number): void {
    const { r, cols, runs } = this;
    if (k !== cols.pieceAt.length) throw new Error(`piece ${k} added out of order`);
    const piece = cols.pieceOf(k);
    cols.pieceAt.push(cols.length);
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i]!;
      if (i === 0 || c.doc !== piece[i - 1]!.doc) (runs.get(c.doc) ?? runs.set(c.doc, []).get(c.doc)!).push(cols.length, cols.length);
      // phaseOf reads the name's words: once per candidate, not once per pass.
      const phase = phaseOf(c);
      if (phase === 2) this.rest.push(c), this.restAt.push(cols.length);
      cols.push(c, phase, phase === 1 ? r.strong(c).n : -1);
      const doc = runs.get(c.doc)!;
      doc[doc.length - 1] = cols.length;
    }
  }

  /** The weak and one-word candidates, then the rows. */
  end(): Resolution {
    const { r, cols, rest, restAt } = this;
    r.endStrong();
    for (let i = 0; i < rest.length; i++) cols.actor[restAt[i]!] = r.rest(rest[i]!)?.n ?? -1;
    return finish(r.actors, r.suggestionList(), byArticle(cols, this.runs), cols);
  }
}

/** Every article naming an actor, in id order, with the places of its mentions in the input. */
function byArticle(cols: Columns, runs: Map<string, number[]>): [string, Int32Array][] {
  const ids = [...runs.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return ids.flatMap((id) => {
    const places = distinct(cols, runs.get(id)!);
    return places.length ? [[id, places] as [string, Int32Array]] : [];
  });
}

/**
 * One article's mentions, one per distinct span and actor, sorted by (start, end, actor): the order
 * and the choice the rows have always had (on one span, actors in creation order, and each actor's
 * first mention as it joined them: the strong candidates, then the rest, each in input order).
 */
function distinct({ start, end, actor, phase }: Columns, runs: number[]): Int32Array {
  const order: number[] = [];
  for (let k = 0; k < runs.length; k += 2) for (let i = runs[k]!; i < runs[k + 1]!; i++) if (actor[i]! >= 0) order.push(i);
  order.sort((i, j) => start[i]! - start[j]! || end[i]! - end[j]! || actor[i]! - actor[j]! || phase[i]! - phase[j]! || i - j);
  const out: number[] = [];
  let last = -1;
  for (const i of order) {
    if (last >= 0 && actor[i] === actor[last] && start[i] === start[last] && end[i] === end[last]) continue;
    out.push(i);
    last = i;
  }
  return Int32Array.from(out);
}

function finish(actors: Actor[], suggestions: Suggestion[], found: [string, Int32Array][], cols: Columns): Resolution {
  // Each actor's distinct spans and articles, counted in one pass.
  const kept = new Int32Array(actors.length), docs = new Int32Array(actors.length), lastDoc = new Int32Array(actors.length).fill(-1);
  found.forEach(([, places], d) => {
    for (const g of places) {
      const n = cols.actor[g]!;
      kept[n]!++;
      if (lastDoc[n] !== d) (lastDoc[n] = d), docs[n]!++;
    }
  });
  const tallied: TalliedActor[] = actors.map((a) => {
    const t = a.tally;
    t.tally.mentions = kept[a.n]!;
    t.tally.docs = docs[a.n]!;
    return { name: a.name, kind: a.kind, country: a.country, role: a.role, registry: a.registry, tally: t.tally };
  });
  const { rows, ids } = actorRows(tallied);
  const kinds = actors.map((a) => a.kind);
  const perArticle = new Map(found.map(([id, places]) => [id, new ArticleMentions(places, cols, ids, kinds)]));
  let flat: ResolvedMention[] | undefined;
  return {
    actors: rows,
    get mentions() {
      return (flat ??= [...perArticle.values()].flatMap((m) => m.rows()));
    },
    byArticle: perArticle,
    suggestions,
    ids,
  };
}

const mentionRow = (m: Candidate, actor: string, kind: ActorKind): ResolvedMention =>
  ({ article: m.doc, actor, start: m.start, end: m.end, text: m.text, sentence: m.sentence, kind });
