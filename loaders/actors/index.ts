import type { ActorRow, Doc, ResolvedMention } from "../types.js";

export interface ActorOptions {
  /** The editable registry (data/actors.csv); read before anything is guessed. */
  registryPath?: string | null;
}

/** Actors of the whole corpus, one row per real-world actor, and their mentions (issue 4: not built yet). */
export function extractActors(_docs: Doc[], _options: ActorOptions = {}): { actors: ActorRow[]; mentions: ResolvedMention[] } {
  return { actors: [], mentions: [] };
}
