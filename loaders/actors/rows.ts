import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";
import type { Candidate } from "./candidate.js";
import { cleanSurface, phaseOf } from "./keys.js";
import type { RegistryActor } from "./registry.js";
import { Resolver, type Actor, type ResolutionTrace, type Suggestion, type YearOf } from "./merge.js";
import { actorRows, emptyTally, TallyBuilder, type At, type TalliedActor } from "./tally.js";

export { MERGE_AT, SUGGEST_AT, type ResolutionTrace, type Suggestion, type YearOf } from "./merge.js";

// The whole corpus's candidates through the resolver (merge.ts), in its order:
// registry, strong candidates, the rest; then the actor rows and mention rows.

export interface Resolution {
  actors: ActorRow[];
  mentions: ResolvedMention[];
  suggestions: Suggestion[];
  /** Every actor in creation order with its tally (those without mentions too): the ledger's actors. */
  tallied: TalliedActor[];
}

export function resolve(cands: Candidate[], registry: RegistryActor[], trace?: ResolutionTrace, yearOf?: YearOf): Resolution {
  const r = new Resolver(registry, trace, true, yearOf);
  for (const c of cands) if (phaseOf(c) === 1) r.strong(c);
  r.endStrong();
  for (const c of cands) if (phaseOf(c) === 2) r.rest(c);
  return finish(r.actors, r.suggestionList());
}

/** Sorted by (article, start, end), each article's mentions on their own: a string comparison per article rather than per mention pair keeps the sort cheap on a large corpus. */
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
