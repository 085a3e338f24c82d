import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { DESC, DET, roleOf } from "./officedesc.js";
import { predicateRole } from "./predicaterole.js";
import { pluralTitleRole } from "./pluraltitle.js";
import { prenominalRole } from "./prenominalrole.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import { INSTITUTION_HEADS } from "./orgbyhead.js";

// News names an office as often in an apposition as in a title before the name: "The interior
// minister, Ana Lima, said …", "Ana Lima, the interior minister, said …", "Ana Lima, chief
// executive of Orvel Mining, resigned", "a spokesman for Orvel Air, Ana Lima, said". A person
// with no role from a title takes the description as the role a title would give. Only a
// description whose last word is an office's head noun counts ("a Democrat", "his wife" do not),
// and a former office ("the former minister") gives none.

// No "i" flag on these: with it, \p{Lu} matches any letter and "the union's" would read as a named possessor.
/** "… the interior minister, " right before the name. */
const BEFORE = new RegExp(String.raw`(?:^|[\s"“(])${DET}\s+${DESC}\s*,\s*$`, "u");
/**
 * ", the interior minister," right after the name; the determiner may be left out ("X, chief executive of Y,").
 * An age may come first ("X, 54, the mayor of Y,").
 * Not ", the spokesman said": that is who reports the sentence, not who the name is.
 */
const AFTER = new RegExp(String.raw`^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:${DET}\s+)?${DESC}\s*(?:[,;.]|$)`, "u");
/** What may follow a name after a description in front of it: the apposition closes ("the minister, X said" may be two clauses). */
const CLOSES = /^\s*(?:[,;.]|$)/u;

/** "chairman of the Varnholm, N.J., maker of …", "of Brindle, Ohio-based Acme": a firm described by its town is no name to take. */
const TOWN_THEN = /^\s*,\s*\p{Lu}[\p{L}.]*(?:\s*,|-based\b)/u;

function describe(doc: Doc, c: Candidate): string | null {
  const s = doc.sentences[c.sentence];
  if (!s) return null;
  const before = doc.text.slice(s.start, c.start), after = doc.text.slice(c.end, s.end);
  // BEFORE ends on a comma and spaces (\s is the whitespace trimEnd removes); anchored only at the
  // end, it would try every position of the sentence before failing on one that does not.
  const b = before.trimEnd().endsWith(",") ? BEFORE.exec(before) : null;
  if (b && CLOSES.test(after)) {
    const role = roleOf(b[3]!, b[4], b[5], b[2]);
    if (role) return role;
  }
  const a = AFTER.exec(after);
  const rest = a ? after.slice(a.index + a[0].length - 1) : "";
  const role = a && (TOWN_THEN.test(rest) ? roleOf(a[3]!, undefined, undefined, a[2]) : afterRole(a));
  return role || prenominalRole(before) || pluralTitleRole(before) || predicateRole(after);
}

/**
 * "Ana Lima Sorel, head of the deposit agency, was named": a name of two words or more the tagger read
 * as an organisation, with no organisation's head word, that an office describes right after it is a
 * person holding that office (only an office's head noun counts, so "X, maker of tools," stays a firm).
 */
function personByOffice(doc: Doc, c: Candidate): string | null {
  if (c.kind !== "organization" || (c.via !== "tagger" && c.via !== "person") || c.role !== null) return null;
  const words = c.name.split(" ");
  if (words.length < 2 || words.some((w) => !PERSON_WORD.test(w) || ORG_SUFFIXES.has(w) || INSTITUTION_HEADS.has(w))) return null;
  const s = doc.sentences[c.sentence];
  const a = s ? AFTER.exec(doc.text.slice(c.end, s.end)) : null;
  return a ? afterRole(a) : null;
}

/** The office an apposition after a name gives; "head" counts only there, before "of" a body ("the head office" is none). */
function afterRole(a: RegExpExecArray): string | null {
  if (a[3] === "head" && a[4] === "of" && a[5]) return `Head of ${a[5].replace(/\.$/, "")}`;
  return roleOf(a[3]!, a[4], a[5], a[2]);
}
const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Persons without a role from a title take the office an apposition next to them names. */
export function appositionRoles(doc: Doc, cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const office = personByOffice(doc, c);
    if (office) return { ...c, kind: "person", role: office };
    if (c.kind !== "person" || c.role !== null) return c;
    const role = describe(doc, c);
    return role ? { ...c, role } : c;
  });
}
