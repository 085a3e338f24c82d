import { createHash } from "node:crypto";
import { readRegistry } from "../actors/registry.js";
import { resolve, type ArticleMentions, type YearOf } from "../actors/rows.js";
import type { Candidate } from "../actors/candidate.js";
import { extractorVersion } from "../version.js";
import type { ActorKind, ActorRow, Problem, ResolvedMention } from "../types.js";
import { extendLedger, ledgerBasis, ledgerOf, readLedger, Recorder, writeLedger } from "./ledger.js";

// Corpus-wide actor resolution, importable without the taggers: actors/index.ts
// (resolveCandidates) also loads the tagger and its lexicon, a start-up cost that
// a rebuild with nothing to tag should not pay. Same two steps as resolveCandidates.

/** Registry first, then the candidates of every article in order; mentions grouped by article. */
export function resolveCandidateLists(lists: Candidate[][], registryPath: string | null | undefined, problems: Problem[], trace?: Recorder, registry = readRegistry(registryPath), yearOf?: YearOf) {
  problems.push(...registry.problems);
  const { actors, tallied, byArticle } = resolve(lists.flat(), registry.actors, trace, yearOf);
  let mentions = 0;
  for (const m of byArticle.values()) mentions += m.length;
  return { actors, mentions, tallied, actorById: new Map(actors.map((a) => [a.id, a])), byArticle };
}

export interface CorpusResolution {
  actors: ActorRow[];
  actorById: Map<string, ActorRow>;
  /** An article's mentions (from the ledger, an article it already held costs a whole resolution, done once). */
  mentionsOf(id: string): ResolvedMention[];
  mentions: number;
  /** An article's rows key (from the ledger, unchanged for an article it already held). */
  rowsKeyOf(id: string, partKey: string): string;
  /** "ledger", or why the whole corpus was resolved. */
  how: string;
  /** Writes the ledger for the next build, given every article's rows key. */
  save(rowsKey: (id: string) => string): void;
}

/**
 * The corpus's actors, from the cache folder's ledger when only added articles need
 * resolving (plan/ledger.ts), else from every article's candidates. `docs`: each
 * article's id and part key, in order; `hasRows`: whether a rows record is cached.
 */
export function resolveCorpus(
  docs: [string, string][], candidatesOf: (i: number) => Candidate[], { registryPath, yearOf }: { registryPath: string | null | undefined; yearOf: YearOf },
  problems: Problem[], cacheDir: string | null, hasRows: (rowsKey: string) => boolean,
): CorpusResolution {
  const registry = readRegistry(registryPath);
  const basis = ledgerBasis(extractorVersion(), registry.actors);
  const ledger = cacheDir ? readLedger(cacheDir, basis) : null;
  let why = ledger ? "a cached rows record is missing" : "no ledger";
  if (ledger && ledger.docs.every((d) => hasRows(d[2]))) {
    const index = new Map(docs.map(([id], i) => [id, i]));
    const ext = extendLedger(ledger, docs, (id) => candidatesOf(index.get(id)!), registry.actors, yearOf);
    if (typeof ext === "string") why = ext;
    else {
      problems.push(...registry.problems);
      const changed = docs.length !== ledger.docs.length;
      // Needed only when a cached rows record turns out unreadable: the whole resolution gives the same rows.
      let all: Map<string, ArticleMentions> | undefined;
      const whole = () => (all ??= resolveCandidateLists(docs.map((_, i) => candidatesOf(i)), registryPath, [], undefined, registry, yearOf).byArticle);
      const mentionsOf = (id: string) => ext.byArticle.get(id) ?? whole().get(id)?.rows() ?? [];
      return {
        ...ext, how: "ledger", mentionsOf, save: (rowsKey) => changed && writeLedger(cacheDir!, ext.next(rowsKey)),
        rowsKeyOf: (id, partKey) => ext.rowsKeys.get(id) ?? rowsKey(partKey, listOf(mentionsOf(id)), ext.actorById),
      };
    }
  }
  const rec = new Recorder();
  const r = resolveCandidateLists(docs.map((_, i) => candidatesOf(i)), registryPath, problems, rec, registry, yearOf);
  return {
    actors: r.actors,
    actorById: r.actorById,
    mentionsOf: (id) => r.byArticle.get(id)?.rows() ?? [],
    mentions: r.mentions,
    rowsKeyOf: (id, partKey) => rowsKey(partKey, r.byArticle.get(id) ?? listOf([]), r.actorById),
    how: `whole: ${why}`,
    save: (rowsKey) => cacheDir && writeLedger(cacheDir, ledgerOf(basis, rec, r.tallied, docs.map(([id, partKey]) => [id, partKey, rowsKey(id)]), r.mentions)),
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
