import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import { endsWithLegalForm } from "./orgedges.js";
import { LEGAL_FORMS, TITLE_WORDS } from "./orgshort.js";
import type { Tok } from "./tok.js";
import { isAmpersand } from "./ampersand.js";

// Company names the tagger cuts in pieces at a sign it rarely saw inside a name: an
// ampersand between partners' names ("Brannock & Tilley", "Harold D. Fenn & Co") and a
// founder's possessive ("Carver's Bancshares Inc."). It reads the pieces by their look,
// a person here, an organisation there; the whole is one company.

const CLITIC_S = /^['’][sS]$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** A word of a name's run: capitalised, or a middle initial's full stop ("Harold D. Fenn"). */
function inRun(toks: Tok[], k: number, sentence: number): boolean {
  const t = toks[k];
  if (!t || t.sentence !== sentence) return false;
  if (t.word) return t.cap;
  return t.text === "." && ONE_CAPITAL.test(toks[k - 1]?.text ?? "") && t.start === toks[k - 1]!.end;
}

/** Whether spans, in order, overlap [a, b): their index range [from, to). */
function overlapping(names: NameSpan[], a: number, b: number): [number, number] {
  let from = 0;
  while (from < names.length && names[from]!.b <= a) from++;
  let to = from;
  while (to < names.length && names[to]!.a < b) to++;
  return [from, to];
}

/** The company named around the ampersand toks[k] as a token range, or null when it names none. */
function aroundAmpersand(toks: Tok[], names: NameSpan[], k: number): [number, number] | null {
  const amp = toks[k]!, sentence = amp.sentence;
  if (toks[k - 1]?.end === amp.start || toks[k + 1]?.start === amp.end) return null;
  let a = k, b = k + 1;
  while (inRun(toks, a - 1, sentence)) a--;
  while (inRun(toks, b, sentence)) b++;
  // An abbreviation's stop the tagger's name kept ("Fenn & Co., the broker").
  if (toks[b]?.text === "." && names.some((s) => s.b === b + 1 && s.a < b)) b++;
  // The run's first word when it is the sentence's, and the tagger left it out, or a title: not the firm's.
  // ("Marks & Tilley said": the word right before the ampersand is the firm's, wherever it stands)
  while (a < k && (TITLE_WORDS.has(toks[a]!.text) || toks[a]!.text === "The" || (toks[a]!.initial && a + 1 < k && !names.some((s) => s.a <= a && a < s.b)))) a++;
  if (a === k || b === k + 1) return null;
  const [from, to] = overlapping(names, a, b);
  const over = names.slice(from, to);
  if (over.some((s) => s.b > b || s.titled)) return null;
  // two single words joined by the sign are a partnership's name, whatever the tagger read of each
  const firm = over.some((s) => s.type === "ORG") || LEGAL_FORMS.has(toks[b - 1]!.text) || (k - a === 1 && b - k === 2);
  return firm ? [a, b] : null;
}

/** "Carver's Bancshares Inc.", "Carver's Inc.": the possessive before a company's legal name is the founder's name in it, as [a, b). */
function throughPossessive(toks: Tok[], names: NameSpan[], i: number): [number, number] | null {
  const s = names[i]!;
  const clitic = toks[s.a - 1], owner = toks[s.a - 2];
  if (s.type !== "ORG" || !endsWithLegalForm(toks, s) || !clitic || !owner || !CLITIC_S.test(clitic.text) || clitic.start !== owner.end) return null;
  if (!owner.word || !owner.cap || owner.sentence !== clitic.sentence || gazetteer().exact.has(owner.text)) return null;
  const before = names[i - 1];
  // The owner read as a company, or the legal form right after the possessive: not a person's or a place's possessive.
  const ownerOrg = before !== undefined && before.b === s.a - 1 && before.a === s.a - 2 && before.type === "ORG";
  return ownerOrg || (s.b - s.a <= 2 && LEGAL_FORMS.has(toks[s.a]!.text)) ? [ownerOrg ? before!.a : s.a - 2, s.b] : null;
}

const asOrg = (toks: Tok[], a: number, b: number): NameSpan => ({ start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG", a, b, titled: false });

/** The tagger's pieces of a company named across an ampersand or a founder's possessive, joined into one organisation. */
export function joinCompanyNames(toks: Tok[], names: NameSpan[], titleCase: Set<number>): NameSpan[] {
  const joins: [number, number][] = [];
  for (let i = 0; i < names.length; i++) {
    const j = throughPossessive(toks, names, i);
    if (j) joins.push(j);
  }
  for (const t of toks) if (isAmpersand(toks, t.i) && !titleCase.has(t.sentence)) {
    const j = aroundAmpersand(toks, names, t.i);
    if (j) joins.push(j);
  }
  if (!joins.length) return names;
  let out = names;
  for (const [a, b] of joins) out = [...out.filter((s) => s.b <= a || s.a >= b), asOrg(toks, a, b)];
  return out.sort((x, y) => x.start - y.start);
}

/** Whether a joined name grew from a rule's organisation starting at `start` by its founder's possessive only ("Carver's" + "Bancshares Inc."). */
export const grewByOwner = (toks: Tok[], s: NameSpan, start: number): boolean => CLITIC_S.test(toks[s.a + 1]?.text ?? "") && toks[s.a + 2]?.start === start;
