import type { ActorRow, ResolvedMention } from "../types.js";
import type { Span } from "./clauses.js";

// What the role readers (roles.ts, subjects.ts) know of one trigger's sentence: its own
// module, so the two can share it without importing each other.

export interface RoleContext {
  text: string;
  /** Mentions of the sentence, by start offset. */
  ms: ResolvedMention[];
  /** The last person named before this sentence, for "he"/"she". */
  lastPerson: ResolvedMention | undefined;
  sentence: Span;
  narrow: Span;
  wide: Span;
  /** Where the object search must stop: the next trigger or the end of the wide clause. */
  limit: number;
  actors: Map<string, ActorRow>;
  countryOfIso: Map<string, string>;
  /** The act is agreed between a pair ("X and Y pledged closer cooperation"): a compound subject is its two parties. */
  paired?: boolean;
  /** The other actors a pronoun subject stands for ("They" after "Norland and Sudovia …", references.ts). */
  members?: Map<ResolvedMention, ResolvedMention[]>;
}
