import { articleCandidates } from "../actors/index.js";
import type { Candidate } from "../actors/candidate.js";
import type { Doc } from "../types.js";
import { guard, type Sink } from "./guard.js";
import { sampleDoc } from "./sample.js";

/** The first half's candidate mentions (the name tagger); `sink` is told of a failure. */
export function readCandidates(doc: Doc, sink: Sink): Candidate[] {
  return guard(sink, "actors", () => articleCandidates(doc), []);
}

/** Tags a made-up article (article/sample.ts), so the tagger's tables are built before the first real one. */
export function warmNames(): void {
  const doc = sampleDoc();
  readCandidates(doc, { article: { id: doc.id, file: "sample.txt" }, problems: [] });
}
