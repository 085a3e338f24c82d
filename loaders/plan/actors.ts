import { createHash } from "node:crypto";
import { readRegistry } from "../actors/registry.js";
import { Resolving, type ArticleMentions, type YearOf } from "../actors/rows.js";
import type { Candidate } from "../actors/candidate.js";
import type { ActorKind, ActorRow, Problem, ResolvedMention } from "../types.js";

// Corpus-wide actor resolution, importable without the taggers: actors/index.ts
// (resolveCandidates) also loads the tagger and its lexicon, a start-up cost that
// a rebuild with nothing to tag should not pay. Every build resolves the whole
// corpus: a rebuild's rows keys then find every unchanged article's rows cached.

export interface CorpusResolution {
  actors: ActorRow[];
  actorById: Map<string, ActorRow>;
  mentionsOf(id: string): ResolvedMention[];
  mentions: number;
  /** An article's rows key: its part, its mentions and the actors they name. */
  rowsKeyOf(id: string, partKey: string): string;
}

/**
 * Registry first, then every article's candidates, added in order by the caller (`add(i)`: the i-th
 * article's, which `candidatesOf` gives when asked), then `end()`.
 */
export function resolution(candidatesOf: (i: number) => Candidate[], registryPath: string | null | undefined, yearOf: YearOf, problems: Problem[]): { add(i: number): void; end(): CorpusResolution } {
  const registry = readRegistry(registryPath);
  problems.push(...registry.problems);
  const run = new Resolving(candidatesOf, registry.actors, yearOf);
  return {
    add: (i) => run.add(i),
    end: () => {
      const { actors, byArticle, ids: actorIds } = run.end();
      let mentions = 0;
      for (const m of byArticle.values()) mentions += m.length;
      const actorById = new Map(actors.map((a) => [a.id, a]));
      const keyOf = rowsKeys(actorIds, actorById);
      return {
        actors, actorById, mentions,
        mentionsOf: (id) => byArticle.get(id)?.rows() ?? [],
        rowsKeyOf: (id, partKey) => keyOf(partKey, byArticle.get(id)),
      };
    },
  };
}

/**
 * Cache keys of an article's second half: its part, its mentions and the actors they name. Each actor's
 * place among the sorted ids and its digest are found once per resolution, not once per article.
 */
function rowsKeys(ids: readonly (string | null)[], actorById: Map<string, ActorRow>): (partKey: string, ms: ArticleMentions | undefined) => string {
  const order = [...ids.keys()].filter((n) => ids[n] !== null).sort((x, y) => (ids[x]! < ids[y]! ? -1 : 1));
  const rank = new Int32Array(ids.length);
  order.forEach((n, r) => (rank[n] = r));
  const rows = ids.map((id) => (id === null ? undefined : actorById.get(id)));
  const kind = rows.map((a) => (a ? KINDS.indexOf(a.kind) : -1));
  const digests: (Float64Array | undefined)[] = [];
  // Which actors the article at hand names (marked with its turn), and each one's place among them.
  const seen = new Int32Array(ids.length).fill(-1);
  const place = new Int32Array(ids.length);
  let turn = 0;
  return (partKey, ms) => {
    turn++;
    const named: number[] = [];
    const n = ms?.length ?? 0;
    for (let i = 0; i < n; i++) {
      const a = ms!.actorAt(i);
      if (seen[a] !== turn) (seen[a] = turn), named.push(a);
    }
    named.sort((x, y) => rank[x]! - rank[y]!);
    // Numbers hashed as bytes (doubles, so that a key stays exact whatever a candidate holds), each actor
    // as the digest of its fields: 300,000 mentions per resolution, which as text cost more to build than to hash.
    const nums = new Float64Array(2 + named.length * 4 + n * 5);
    nums[0] = named.length;
    nums[1] = n;
    let at = 2;
    named.forEach((a, i) => {
      place[a] = i;
      nums.set((digests[a] ??= actorDigest(ids[a]!, rows[a])), at);
      at += 4;
    });
    for (let i = 0; i < n; i++) {
      const a = ms!.actorAt(i);
      nums[at++] = place[a]!;
      nums[at++] = kind[a]!;
      nums[at++] = ms!.start(i);
      nums[at++] = ms!.end(i);
      nums[at++] = ms!.sentence(i);
    }
    return createHash("sha256").update(`rows\u0000${partKey}`).update(new Uint8Array(nums.buffer)).digest("hex").slice(0, 32);
  };
}

const KINDS: readonly ActorKind[] = ["person", "organization", "country", "place", "group"];

/** The fields of an actor that figures, quotes and events copy into their rows, as 16 bytes of their digest. */
function actorDigest(id: string, a: ActorRow | undefined): Float64Array {
  const fields = JSON.stringify(a ? [a.id, a.name, a.kind, a.country, a.role] : [id]);
  return Float64Array.from(new Int32Array(createHash("sha256").update(fields).digest().buffer.slice(0, 16)));
}
