import type { Candidate } from "./candidate.js";
import { BODY_HEADS } from "./organd.js";
import { BODY_WORDS } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// A body's name goes on past its head with its subject: "the Commission on Human Rights", "the
// Centres for Disease Control", "the Ministry of Economy, Trade and Industry". The tagger, which met few such names, stops at "on" or at
// the comma and reads the subject as an organisation of its own ("Human Rights", "Trade and Industry").

const SUBJECT_WORD = /^(?:\p{Lu}[\p{L}'’-]*|and|&)$/u;

/** The words of toks[a, b) are a subject's: capitalised words joined by "and". */
const subjectWords = (toks: Tok[], a: number, b: number) => toks.slice(a, b).every((t) => SUBJECT_WORD.test(t.text));

/** Whether y, right after x, is x's subject: "<head> on Y", "<head> of the Y", or "<head> of A, B and C". */
function complement(toks: Tok[], x: NameSpan, y: NameSpan): boolean {
  if (x.type !== "ORG" || !subjectWords(toks, y.a, y.b)) return false;
  const between = toks.slice(x.b, y.a).map((t) => t.text).join(" ");
  if (between === "on" || between === "for") return BODY_HEADS.has(toks[x.b - 1]!.text);
  // "the Ethics Committee of the Orlesk Rowing Federation": a body's committee or council, named with the body it belongs to
  if (between === "of" || between === "of the") return y.type === "ORG" && BODY_HEADS.has(toks[x.b - 1]!.text) && x.b - x.a > 1;
  if (between !== ",") return false;
  // a list of subjects ends with "and" and follows the head's "of"/"for" and one subject
  const ofAt = toks.slice(x.a, x.b).findIndex((t) => t.text === "of" || t.text === "for");
  return ofAt > 0 && BODY_HEADS.has(toks[x.a + ofAt - 1]!.text) && x.b - (x.a + ofAt) === 2 && toks.slice(y.a, y.b).some((t) => t.text === "and");
}

/** Organisations of the tagger joined with the subject after their head. */
export function joinComplements(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  for (let i = 0; i + 1 < names.length; i++) {
    const x = names[i]!, y = names[i + 1]!;
    if (y.a - x.b > 2 || !complement(toks, x, y)) continue;
    out ??= names.slice();
    const joined: NameSpan = { start: x.start, end: y.end, type: "ORG", a: x.a, b: y.b, titled: false };
    out = out.filter((s) => s !== x && s !== y);
    out.push(joined);
  }
  return out ? out.sort((p, q) => p.start - q.start) : names;
}

/**
 * "the lawyer Maren Church of Demvale & Church": the rules read a person's name ending on a body's head
 * word ("Church") as that body, its complement the "of" after; where the tagger reads exactly a person,
 * "of" and an organisation over the same words, the rules' body gives way to them.
 */
export function personOfFirm(text: string, c: { start: number; end: number; kind: string; via: string }, names: readonly NameSpan[]): boolean {
  if (c.kind !== "organization" || c.via !== "org") return false;
  const person = names.find((s) => s.type === "PER" && s.start === c.start && s.end < c.end);
  // "the Tessan Confederation of Labour": a "person" ending on a body's head word is that body's name
  if (person && BODY_WORDS.has(text.slice(person.start, person.end).split(" ").at(-1)!)) return false;
  return !!person && names.some((s) => s.type === "ORG" && s.end === c.end && text.slice(person.end, s.start) === " of ");
}

/**
 * A body's subject the rules read as a body of its own ("the Orlesk Rowing Federation" in "the Ethics
 * Committee of the Orlesk Rowing Federation") is the longer name's once a rules' body took its subject on: removed from `kept` in place.
 */
export function withoutSubjects(kept: Candidate[], rules: readonly Candidate[]): void {
  const grown = kept.filter((r) => r.via === "org" && rules.some((c) => c.start === r.start && c.end < r.end));
  if (!grown.length) return;
  for (let k = kept.length - 1; k >= 0; k--) if (grown.some((g) => g !== kept[k] && g.start <= kept[k]!.start && kept[k]!.end <= g.end)) kept.splice(k, 1);
}
