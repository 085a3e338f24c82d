import { createHash } from "node:crypto";
import { readRegistry } from "../actors/registry.js";
import { resolve, type YearOf } from "../actors/rows.js";
import type { Candidate } from "../actors/candidate.js";
import { extractorVersion } from "../version.js";
import type { ActorRow, Problem, ResolvedMention } from "../types.js";
import { extendLedger, ledgerBasis, ledgerOf, readLedger, Recorder, writeLedger } from "./ledger.js";

// Corpus-wide actor resolution, importable without the taggers: actors/index.ts
// (resolveCandidates) also loads the tagger and its lexicon, a start-up cost that
// a rebuild with nothing to tag should not pay. Same two steps as resolveCandidates.

/** Registry first, then the candidates of every article in order; mentions grouped by article. */
export function resolveCandidateLists(lists: Candidate[][], registryPath: string | null | undefined, problems: Problem[], trace?: Recorder, registry = readRegistry(registryPath), yearOf?: YearOf) {
  problems.push(...registry.problems);
  const { actors, mentions, tallied, byArticle } = resolve(lists.flat(), registry.actors, trace, yearOf);
  return { actors, mentions, tallied, actorById: new Map(actors.map((a) => [a.id, a])), byArticle };
}

export interface CorpusResolution {
  actors: ActorRow[];
  actorById: Map<string, ActorRow>;
  /** An article's mentions (from the ledger, an article it already held costs a whole resolution, done once). */
  mentionsOf(id: string): ResolvedMention[];
  mentions: number;
  /** From the ledger: the rows keys of the articles it already held (their rows are unchanged). */
  rowsKeys: Map<string, string> | null;
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
      let all: Map<string, ResolvedMention[]> | undefined;
      const whole = () => (all ??= resolveCandidateLists(docs.map((_, i) => candidatesOf(i)), registryPath, [], undefined, registry, yearOf).byArticle);
      return { ...ext, how: "ledger", mentionsOf: (id) => ext.byArticle.get(id) ?? whole().get(id) ?? [], save: (rowsKey) => changed && writeLedger(cacheDir!, ext.next(rowsKey)) };
    }
  }
  const rec = new Recorder();
  const r = resolveCandidateLists(docs.map((_, i) => candidatesOf(i)), registryPath, problems, rec, registry, yearOf);
  return {
    actors: r.actors,
    actorById: r.actorById,
    mentionsOf: (id) => r.byArticle.get(id) ?? [],
    mentions: r.mentions.length,
    rowsKeys: null,
    how: `whole: ${why}`,
    save: (rowsKey) => cacheDir && writeLedger(cacheDir, ledgerOf(basis, rec, r.tallied, docs.map(([id, partKey]) => [id, partKey, rowsKey(id)]), r.mentions.length)),
  };
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
