import { articleCandidates } from "../actors/index.js";
import type { Candidate } from "../actors/candidate.js";
import type { Doc } from "../types.js";
import { guard, type Sink } from "./guard.js";

/** The first half's candidate mentions (the name tagger); `sink` is told of a failure. */
export function readCandidates(doc: Doc, sink: Sink): Candidate[] {
  return guard(sink, "actors", () => articleCandidates(doc), []);
}
