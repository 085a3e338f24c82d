import { createHash } from "node:crypto";
import type { Candidate } from "../actors/candidate.js";
import type { ArticlePart } from "../article.js";
import type { PackStore } from "../store/pack.js";
import { partOf, type PartSegments } from "../store/segments.js";
import { splitHashes } from "./linehash.js";
import type { PlannedArticle } from "./folder.js";

// The build's cache records, in the pack store: an article's line hashes (`d:`,
// by base key), its part (`p:`, with its sentences in `s:`, by part key) and
// its rows (`r:`, by rows key: plan/actors.ts). Table rows are kept as the JSON
// text they are written as, so a rebuild concatenates them without re-serialising.

/**
 * An article's part key: its base key and which of its own lines repeat across
 * its outlet (all its first half is given of the outlet's repeated lines), read
 * from the hashes of its line keys (a `d:` record): adding an article that makes
 * a line repeated re-extracts the articles holding that line, not the outlet's others.
 */
export function partKeys(repeated: Map<string, string[]>): (a: PlannedArticle, lines: string) => string {
  const hashed = new Map<string, Set<string>>();
  return (a, lines) => {
    const outlet = a.meta?.outlet ?? "";
    let set = hashed.get(outlet);
    if (!set) hashed.set(outlet, (set = new Set(repeated.get(outlet))));
    const hits = splitHashes(lines).filter((h) => set.has(h));
    // One string hashed, not hashOf's JSON: a rebuild makes one per article.
    return createHash("sha256").update(`part\u0000${a.baseKey}\u0000${hits.sort().join("")}`).digest("hex").slice(0, 32);
  };
}

/** Stores what the map made of one article (partSegments: in this thread or a worker). */
export function storePart(store: PackStore, key: string, segments: PartSegments): void {
  store.set(`p:${key}`, segments.part);
  store.set(`s:${key}`, [segments.sentences]);
}

/** An article's part record and sentences, extracting it first when its sentences were not kept (a rebuild that must finish it again). */
export async function partRecords(store: PackStore, a: PlannedArticle, rec: Buffer[], extract: () => Promise<void>): Promise<{ rec: Buffer[]; sentences: Buffer; fresh: boolean }> {
  const sentences = store.get(`s:${a.partKey}`);
  if (sentences) return { rec, sentences: sentences[0]!, fresh: false };
  await extract();
  return { rec: store.get(`p:${a.partKey}`)!, sentences: store.get(`s:${a.partKey}`)![0]!, fresh: true };
}

/** The part as readArticle returned it, rebuilt from its records. */
export async function fullPart(store: PackStore, a: PlannedArticle, rec: Buffer[], candidates: Candidate[], extract: () => Promise<void>): Promise<ArticlePart> {
  const r = await partRecords(store, a, rec, extract);
  return partOf(r.rec, r.sentences, r.fresh ? undefined : candidates);
}
