import type { ActorKind } from "../types.js";

/** A mention before resolution: where it is, and what the tagger thinks it names. */
export interface Candidate {
  doc: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: ActorKind;
  /** Proposed canonical name; resolution may map it onto an existing actor. */
  name: string;
  country: string | null;
  role: string | null;
  /** Why it was found (for --suggest evidence and debugging). */
  via: "gazetteer" | "metonym" | "title" | "honorific" | "org" | "service" | "demonym" | "region" | "person" | "single" | "acronym" | "media" | "coordination" | "tagger";
  /** The surface is a name-like form worth listing as an alias (false for demonyms). */
  alias: boolean;
  /** Only kept when resolution can link it to an actor found by stronger evidence (a bare surname, an unknown acronym). */
  weak: boolean;
}
