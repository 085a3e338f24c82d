import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { roleFor, withArticle } from "./lexicon/titles.js";
import { HEADS, NOT_NOW } from "./officeheads.js";
import { prenominalRole } from "./prenominalrole.js";

// News names an office as often in an apposition as in a title before the name: "The interior
// minister, Ana Lima, said …", "Ana Lima, the interior minister, said …", "Ana Lima, chief
// executive of Orvel Mining, resigned", "a spokesman for Orvel Air, Ana Lima, said". A person
// with no role from a title takes the description as the role a title would give. Only a
// description whose last word is an office's head noun counts ("a Democrat", "his wife" do not),
// and a former office ("the former minister") gives none.

const WORD = String.raw`[\p{L}][\p{L}-]*`;
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|and|&))*?`;
const DESC = String.raw`((?:${WORD}\s+){0,3}?${WORD})(?:\s+(of|for|to|at)\s+(${NAME}))?`;
const DET = String.raw`([Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|((?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*)(?:['’]s|(?<=s)['’])|[\p{L}-]+(?:['’]s|(?<=s)['’]))`;

// No "i" flag on these: with it, \p{Lu} matches any letter and "the union's" would read as a named possessor.
/** "… the interior minister, " right before the name. */
const BEFORE = new RegExp(String.raw`(?:^|[\s"“(])${DET}\s+${DESC}\s*,\s*$`, "u");
/**
 * ", the interior minister," right after the name; the determiner may be left out ("X, chief executive of Y,").
 * Not ", the spokesman said": that is who reports the sentence, not who the name is.
 */
const AFTER = new RegExp(String.raw`^\s*,\s*(?:${DET}\s+)?${DESC}\s*(?:[,;.]|$)`, "u");
/** What may follow a name after a description in front of it: the apposition closes ("the minister, X said" may be two clauses). */
const CLOSES = /^\s*(?:[,;.]|$)/u;

/** Words that cannot stand inside an office's description: it would run over a clause ("X, who resigned and its chairman"). */
const NOT_IN_DESC = new Set(["the", "a", "an", "its", "his", "her", "their", "who", "which", "whose", "that", "is", "was", "has", "had"]);

/** Whether the words describe an office: a head noun last, no clause words, "and" only after a head ("chairman and chief executive"). */
function officeWords(words: string[]): boolean {
  const low = words.map((w) => w.toLowerCase());
  if (!HEADS.has(low.at(-1)!) || low.some((w) => NOT_NOW.has(w) || NOT_IN_DESC.has(w))) return false;
  return low.every((w, k) => w !== "and" || (k > 0 && HEADS.has(low[k - 1]!)));
}

/** The role a description gives ("interior minister" → "Interior Minister"), or null if it names no office now held. */
function roleOf(desc: string, prep: string | undefined, aff: string | undefined, possessor: string | undefined): string | null {
  // "the new ambassador": new to the office, which is held all the same.
  const words = desc.split(/\s+/).filter((w, k) => k > 0 || w.toLowerCase() !== "new");
  if (words.length === 0 || !officeWords(words)) return null;
  const title = roleFor(words.join(" "), null);
  const of = aff?.replace(/\.$/, "");
  if (prep && of) return prep === "of" ? `${title} of ${/^[Tt]he\s/.test(of) ? of : withArticle(of)}` : `${title} ${prep} ${of}`;
  return possessor ? `${title} of ${withArticle(possessor)}` : title;
}

/** "chairman of the Moonachie, N.J., maker of …", "of Toledo, Ohio-based Acme": a firm described by its town is no name to take. */
const TOWN_THEN = /^\s*,\s*\p{Lu}[\p{L}.]*(?:\s*,|-based\b)/u;

function describe(doc: Doc, c: Candidate): string | null {
  const s = doc.sentences[c.sentence];
  if (!s) return null;
  const before = doc.text.slice(s.start, c.start), after = doc.text.slice(c.end, s.end);
  const b = BEFORE.exec(before);
  if (b && CLOSES.test(after)) {
    const role = roleOf(b[3]!, b[4], b[5], b[2]);
    if (role) return role;
  }
  const a = AFTER.exec(after);
  const rest = a ? after.slice(a.index + a[0].length - 1) : "";
  const role = a && (TOWN_THEN.test(rest) ? roleOf(a[3]!, undefined, undefined, a[2]) : roleOf(a[3]!, a[4], a[5], a[2]));
  return role || prenominalRole(before);
}

/** Persons without a role from a title take the office an apposition next to them names. */
export function appositionRoles(doc: Doc, cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.kind !== "person" || c.role !== null) return c;
    const role = describe(doc, c);
    return role ? { ...c, role } : c;
  });
}
