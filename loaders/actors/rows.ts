import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";
import type { Candidate } from "./candidate.js";
import { phaseOf } from "./keys.js";
import type { RegistryActor } from "./registry.js";
import { Resolver, type Actor, type Suggestion, type YearOf } from "./merge.js";
import { actorRows, type TalliedActor } from "./tally.js";

export { MERGE_AT, SUGGEST_AT, type Suggestion, type YearOf } from "./merge.js";

// The whole corpus's candidates through the resolver (merge.ts), in its order:
// registry, strong candidates, the rest; then the actor rows and mention rows.

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

/**
 * One article's mentions: each candidate kept and its actor's place in creation order. The rows are
 * made when asked: a rebuild needs them only for the articles whose rows are not cached, and 300,000
 * objects made for nothing would be garbage to collect.
 */
export class ArticleMentions {
  private made: ResolvedMention[] | undefined;
  constructor(readonly cands: readonly Candidate[], private readonly actor: readonly number[], private readonly ids: readonly (string | null)[], private readonly kinds: readonly ActorKind[]) {}
  get length(): number {
    return this.cands.length;
  }
  idOf(i: number): string {
    return this.ids[this.actor[i]!]!;
  }
  kindOf(i: number): ActorKind {
    return this.kinds[this.actor[i]!]!;
  }
  /** The i-th mention's actor, by its place in creation order. */
  actorAt(i: number): number {
    return this.actor[i]!;
  }
  rows(): ResolvedMention[] {
    return (this.made ??= this.cands.map((c, i) => mentionRow(c, this.idOf(i), this.kindOf(i))));
  }
}

export function resolve(cands: Candidate[], registry: RegistryActor[], yearOf?: YearOf): Resolution {
  const r = new Resolver(registry, yearOf);
  // phaseOf reads the name's words: once per candidate, not once per pass.
  const phases = new Uint8Array(cands.length);
  /** Each candidate's actor (its place in creation order), -1 when dropped. */
  const actorOf = new Int32Array(cands.length).fill(-1);
  for (let i = 0; i < cands.length; i++) if ((phases[i] = phaseOf(cands[i]!)) === 1) actorOf[i] = r.strong(cands[i]!).n;
  r.endStrong();
  for (let i = 0; i < cands.length; i++) if (phases[i] === 2) actorOf[i] = r.rest(cands[i]!)?.n ?? -1;
  return finish(r.actors, r.suggestionList(), byArticle({ cands, phases, actorOf }));
}

/** The candidates, the phase each was resolved in and the actor it joined. */
type Resolved = { cands: Candidate[]; phases: Uint8Array; actorOf: Int32Array };

/** One article's mentions: the candidate, and its actor's place in creation order. */
interface Found {
  cands: Candidate[];
  actor: number[];
}

/** Every article naming an actor, in id order, with its mentions (read from the input's runs of one article). */
function byArticle(r: Resolved): [string, Found][] {
  const runs = new Map<string, number[]>();
  for (let i = 0, j = 0; i < r.cands.length; i = j) {
    const doc = r.cands[i]!.doc;
    while (j < r.cands.length && r.cands[j]!.doc === doc) j++;
    (runs.get(doc) ?? runs.set(doc, []).get(doc)!).push(i, j);
  }
  const ids = [...runs.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return ids.flatMap((id) => {
    const found = distinct(r, runs.get(id)!);
    return found.cands.length ? [[id, found] as [string, Found]] : [];
  });
}

/**
 * One article's mentions, one per distinct span and actor, sorted by (start, end, actor): the order
 * and the choice the rows have always had (on one span, actors in creation order, and each actor's
 * first mention as it joined them: the strong candidates, then the rest, each in input order).
 */
function distinct({ cands, phases, actorOf }: Resolved, runs: number[]): Found {
  const order: number[] = [];
  for (let k = 0; k < runs.length; k += 2) for (let i = runs[k]!; i < runs[k + 1]!; i++) if (actorOf[i]! >= 0) order.push(i);
  order.sort((i, j) => cands[i]!.start - cands[j]!.start || cands[i]!.end - cands[j]!.end || actorOf[i]! - actorOf[j]! || phases[i]! - phases[j]! || i - j);
  const out: Found = { cands: [], actor: [] };
  let last = -1;
  for (const i of order) {
    const c = cands[i]!;
    if (last >= 0 && actorOf[i] === actorOf[last] && c.start === cands[last]!.start && c.end === cands[last]!.end) continue;
    out.cands.push(c);
    out.actor.push(actorOf[i]!);
    last = i;
  }
  return out;
}

function finish(actors: Actor[], suggestions: Suggestion[], found: [string, Found][]): Resolution {
  // Each actor's distinct spans and articles, counted in one pass.
  const kept = new Int32Array(actors.length), docs = new Int32Array(actors.length), lastDoc = new Int32Array(actors.length).fill(-1);
  found.forEach(([, f], d) => {
    for (const n of f.actor) {
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
  const perArticle = new Map(found.map(([id, f]) => [id, new ArticleMentions(f.cands, f.actor, ids, kinds)]));
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
