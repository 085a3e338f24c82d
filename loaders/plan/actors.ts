import { createHash } from "node:crypto";
import { readRegistry } from "../actors/registry.js";
import { resolve, type YearOf } from "../actors/rows.js";
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

/** Registry first, then the candidates of every article in order (`ids`: the articles, in that order). */
export function resolveCorpus(ids: string[], candidatesOf: (i: number) => Candidate[], registryPath: string | null | undefined, yearOf: YearOf, problems: Problem[]): CorpusResolution {
  const registry = readRegistry(registryPath);
  problems.push(...registry.problems);
  const { actors, byArticle } = resolve(ids.flatMap((_, i) => candidatesOf(i)), registry.actors, yearOf);
  let mentions = 0;
  for (const m of byArticle.values()) mentions += m.length;
  const actorById = new Map(actors.map((a) => [a.id, a]));
  return {
    actors, actorById, mentions,
    mentionsOf: (id) => byArticle.get(id)?.rows() ?? [],
    rowsKeyOf: (id, partKey) => rowsKey(partKey, byArticle.get(id) ?? listOf([]), actorById),
  };
}

/** An article's mentions as a rows key reads them. */
interface MentionList {
  readonly length: number;
  readonly cands: readonly { start: number; end: number; sentence: number }[];
  idOf(i: number): string;
  kindOf(i: number): ActorKind;
}

const listOf = (ms: ResolvedMention[]): MentionList => ({ length: ms.length, cands: ms, idOf: (i) => ms[i]!.actor, kindOf: (i) => ms[i]!.kind });

/** Cache key of an article's second half: its part, its mentions and the actors they name. */
export function rowsKey(partKey: string, ms: MentionList, actorById: Map<string, ActorRow>): string {
  // Numbers hashed as bytes, each actor as the digest of its fields: 300,000 mentions per whole
  // resolution, which as text cost more to build than to hash.
  const place = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) place.set(ms.idOf(i), 0);
  const ids = [...place.keys()].sort();
  // Doubles, not int32s: a span is an integer, but a key must stay exact whatever a candidate holds.
  const nums = new Float64Array(2 + ids.length * 4 + ms.length * 5);
  nums[0] = ids.length;
  nums[1] = ms.length;
  let at = 2;
  ids.forEach((id, i) => {
    place.set(id, i);
    nums.set(actorDigest(id, actorById.get(id)), at);
    at += 4;
  });
  for (let i = 0; i < ms.length; i++) {
    const c = ms.cands[i]!;
    nums[at++] = place.get(ms.idOf(i))!;
    nums[at++] = KINDS.indexOf(ms.kindOf(i));
    nums[at++] = c.start;
    nums[at++] = c.end;
    nums[at++] = c.sentence;
  }
  return createHash("sha256").update(`rows\u0000${partKey}`).update(new Uint8Array(nums.buffer)).digest("hex").slice(0, 32);
}

const KINDS: readonly ActorKind[] = ["person", "organization", "country", "place", "group"];

const digests = new WeakMap<ActorRow, Int32Array>();
/** The fields of an actor that figures, quotes and events copy into their rows, as 16 bytes of their digest. */
function actorDigest(id: string, a: ActorRow | undefined): Int32Array {
  let d = a && digests.get(a);
  if (d === undefined) {
    const fields = JSON.stringify(a ? [a.id, a.name, a.kind, a.country, a.role] : [id]);
    d = new Int32Array(createHash("sha256").update(fields).digest().buffer.slice(0, 16));
    if (a) digests.set(a, d);
  }
  return d;
}
