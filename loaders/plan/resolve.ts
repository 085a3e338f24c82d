import { createHash } from "node:crypto";
import { readRegistry } from "../actors/registry.js";
import { resolve } from "../actors/resolve.js";
import type { Candidate } from "../actors/candidate.js";
import type { ActorRow, Problem, ResolvedMention } from "../types.js";

// Corpus-wide actor resolution, importable without the taggers: actors/index.ts
// (resolveCandidates) also loads the tagger and its lexicon, about a second that
// a rebuild with nothing to tag should not pay. Same two steps as resolveCandidates.

export type Resolved = ReturnType<typeof resolveCandidateLists>;

/** Registry first, then the candidates of every article in order; mentions grouped by article. */
export function resolveCandidateLists(lists: Candidate[][], registryPath: string | null | undefined, problems: Problem[]) {
  const registry = readRegistry(registryPath);
  problems.push(...registry.problems);
  const { actors, mentions } = resolve(lists.flat(), registry.actors);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const byArticle = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    let list = byArticle.get(m.article);
    if (!list) byArticle.set(m.article, (list = []));
    list.push(m);
  }
  return { actors, mentions, actorById, byArticle };
}

/** Cache key of an article's second half: its part, its mentions and the actors they name. */
export function rowsKey(partKey: string, mentions: ResolvedMention[], actorById: Map<string, ActorRow>): string {
  // One string, hashed once: 300,000 mentions per warm rebuild (JSON of nested arrays took three times as long).
  const ids = new Set<string>();
  let s = `rows\u0000${partKey}`;
  for (const m of mentions) {
    ids.add(m.actor);
    s += "\n" + quoted(m.actor) + "," + m.kind + "," + m.start + "," + m.end + "," + m.sentence;
  }
  for (const id of [...ids].sort()) {
    const a = actorById.get(id);
    s += `\n${a ? actorKey(a) : JSON.stringify([id])}`;
  }
  return createHash("sha256").update(s).digest("hex").slice(0, 32);
}

// A corpus names a few hundred actors 300,000 times: each id is quoted once.
const quotes = new Map<string, string>();
function quoted(id: string): string {
  let q = quotes.get(id);
  if (q === undefined) {
    if (quotes.size > 100_000) quotes.clear();
    quotes.set(id, (q = JSON.stringify(id)));
  }
  return q;
}

const actorKeys = new WeakMap<ActorRow, string>();
/** The fields of an actor that figures, quotes and events copy into their rows. */
function actorKey(a: ActorRow): string {
  let k = actorKeys.get(a);
  if (k === undefined) actorKeys.set(a, (k = JSON.stringify([a.id, a.name, a.kind, a.country, a.role])));
  return k;
}
