import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "Citizens for Clean Government", "Doctors Without Borders", "Mothers Against Drunk Driving", "Justice
// for …": a campaign's or a charity's name opens on a plural of people (or its cause) and a preposition. The
// tagger and the rules read the plural alone (a group, or nothing) and the cause as a body of its
// own; the whole is one organisation.

/** A plural of people ("Citizens", "Doctors", "Parents", "Families", "Friends", "Nurses"), or the cause itself ("Justice for …"). */
const PEOPLE = String.raw`(\p{Lu}\p{Ll}+(?:ers|ors|ists|ans|ens|ents|ies)|Friends|Nurses|Women|Men|Justice)`;
/** The plural and the cause's preposition before a name. */
const OPENING = new RegExp(String.raw`(?:^|[^\p{L}])${PEOPLE}\s+(?:[Ff]or|[Aa]gainst|[Ww]ithout)\s+$`, "u");
/** The plural right before a name the tagger opened on the capitalised preposition ("Against Drunk Driving"). */
const PLURAL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${PEOPLE}\s+$`, "u");
const PREPOSITION_FIRST = /^(?:For|Against|Without)\s/u;
const CAUSE_WORD = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;

/** The candidates with each cause read after a plural of people and its preposition joined into one organisation. */
export function advocacyNames(doc: Doc, cands: Candidate[]): Candidate[] {
  if (!doc.text.includes(" for ") && !/ [Aa]gainst | [Ww]ithout | For /.test(doc.text)) return cands;
  let out: Candidate[] | null = null;
  for (const c of cands) {
    if (!CAUSE_WORD.test(c.text.replace(PREPOSITION_FIRST, "")) || (c.kind === "person" && c.role)) continue;
    const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
    const m = (PREPOSITION_FIRST.test(c.text) ? PLURAL_BEFORE : OPENING).exec(before);
    if (!m) continue;
    const open = c.start - before.length + m.index + m[0].indexOf(m[1]!);
    const text = doc.text.slice(open, c.end);
    if (text.includes("\n")) continue;
    const current: Candidate[] = out ?? cands;
    const joined: Candidate = { ...c, start: open, text, name: text, kind: "organization", country: null, role: null, via: "org", weak: false };
    out = [...current.filter((o) => o !== c && !(o.start >= open && o.end <= c.start)), joined];
  }
  return out ? out.sort((x, y) => x.start - y.start || y.end - x.end) : cands;
}
