import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the Minister of Information", "the Secretary of State", "the Governor of the Central Bank": an
// office named with what it is over is a post, held by a person the article may name beside it,
// and no actor of its own, though the rules read "<head> of …" as a body's name. Its holder keeps
// the office as a role (read before this step).

const OFFICE_OF = /^(?:(?:Prime|Deputy|Vice|Chief|Foreign|First|Under|Assistant)[ -])?(?:Minister|Secretary|Secretary-General|Undersecretary|Governor|Chancellor|President|Chairman|Chairwoman|Director|Director-General|Commissioner|Ambassador|Attorney General)\s+(?:of|for)\s+/u;

/** The candidates without offices read as bodies. */
export function withoutOffices(_doc: Doc, cands: Candidate[]): Candidate[] {
  const office = (c: Candidate) => c.kind === "organization" && OFFICE_OF.test(c.text);
  return cands.some(office) ? cands.filter((c) => !office(c)) : cands;
}
