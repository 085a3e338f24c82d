import { DAY_OR_MONTH } from "./datewords.js";
import { gazetteer } from "./gazetteer.js";
import { CORPORATE } from "./lexicon/abbreviations.js";
import { BUSINESS_FIELDS, FIRM_HEADS, FOREIGN_LEGAL_FORMS } from "./lexicon/orgs.js";
import { HONORIFICS, OFFICE_TITLES } from "./lexicon/titles.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// Document evidence for organisations: a company named once with its legal suffix
// ("Quorvath Medical Industries Inc.") is named by its first words afterwards
// ("Quorvath Medical", "Quorvath"). Out of context the tagger reads such a short
// form by its look, often as a person's or a place's name, and its tag history then
// carries that reading on; the full name with its suffix says what it is.

/** Legal forms that end a company's full name: the standard short forms and their long forms. */
export const LEGAL_FORMS = new Set([...CORPORATE, "Corporation", "Company", "Incorporated", "Limited", "PLC", "LLC", ...FOREIGN_LEGAL_FORMS]);
/**
 * Heads that end a business's name, which news drops after the first mention ("Harbour Vane Bank" →
 * "Harbour Vane"): only short forms of two words or more, as one word may be the town the firm is
 * named after. Heads of institutions named after a person ("… Foundation", "… Institute") are not among them.
 */
const BUSINESS_HEADS = new Set([...FIRM_HEADS, ...BUSINESS_FIELDS]);
const FORM_ENDS = new Set([...LEGAL_FORMS, ...BUSINESS_HEADS]);
/** The fewest words a short form keeps, by what ends the full name. */
const fewest = (end: string) => (LEGAL_FORMS.has(end) ? 1 : 2);
const CLITIC_S = /^['’][sS]$/u;
export const TITLE_WORDS = new Set([...HONORIFICS, ...OFFICE_TITLES.flatMap((t) => t.split(" "))]);

const LAST_WORD = /([\p{L}]+)\.?$/u;

/** The token starting at offset `start` (tokens are in text order), or -1. */
function tokenAt(toks: Tok[], start: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return toks[lo]?.start === start ? lo : -1;
}

/** The rules' companies by head word ("… Industries Inc", where the tagger stopped short) as token ranges. */
function ruleCompanies(toks: Tok[], rules: { start: number; end: number; text: string; kind: string; via: string }[]): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  for (const c of rules) {
    if (c.via !== "org" || c.kind !== "organization" || !FORM_ENDS.has(LAST_WORD.exec(c.text)?.[1] ?? "")) continue;
    const a = tokenAt(toks, c.start);
    let b = a;
    while (b >= 0 && b < toks.length && toks[b]!.end < c.end) b++;
    if (a >= 0 && toks[b]?.end === c.end) out.push({ a, b: b + 1 });
  }
  return out;
}

/** Token texts of each short form (the first words before the legal suffix) of the article's company names. */
function shortForms(toks: Tok[], companies: { a: number; b: number }[]): string[][] {
  const out = new Map<string, string[]>();
  for (const s of companies) {
    let b = s.b;
    if (toks[b - 1]!.text === ".") b--;
    if (b - s.a < 2 || !FORM_ENDS.has(toks[b - 1]!.text)) continue;
    for (let k = s.a + fewest(toks[b - 1]!.text); k < b; k++) {
      const words = toks.slice(s.a, k).map((t) => t.text);
      const last = toks[k - 1]!;
      // A founder's possessive may end the short form ("Carver's" of "Carver's Bancshares Inc.").
      const possessive = CLITIC_S.test(last.text) && toks[k - 2]!.end === last.start;
      if (!possessive && (!last.word || !last.cap || LEGAL_FORMS.has(last.text))) continue;
      const text = words.join(" ");
      if (!gazetteer().exact.has(text)) out.set(text, words);
    }
  }
  // Longest first: "Carver's" is joined before its "Carver" is looked at.
  return [...out.values()].sort((x, y) => y.length - x.length);
}

/** Words that are people's names in the article: the last word of a person named in full or by a title. */
function personWords(toks: Tok[], names: NameSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of names) if (s.type === "PER" && (s.b - s.a > 1 || s.titled)) out.add(toks[s.b - 1]!.text);
  return out;
}

/** A capitalised word next to toks[k] in its sentence, or a hyphen glued to it: toks[k] is inside a longer name. */
function joined(toks: Tok[], k: number, step: 1 | -1): boolean {
  const t = toks[k]!, n = toks[k + step];
  if (!n || n.sentence !== t.sentence) return false;
  return (n.word && n.cap) || ((n.text === "-" || n.text === "&") && (step === 1 ? n.start === t.end : n.end === t.start));
}

/** Where the forms occur in the text as names of their own, the longest form at each place: [a, b) token ranges. */
function occurrences(toks: Tok[], forms: string[][]): [number, number][] {
  const byFirst = new Map<string, string[][]>();
  for (const words of forms) {
    const list = byFirst.get(words[0]!);
    if (list) list.push(words);
    else byFirst.set(words[0]!, [words]);
  }
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const list = byFirst.get(toks[i]!.text);
    if (!list) continue;
    for (const words of list) {
      const b = i + words.length;
      let k = 1;
      while (k < words.length && b <= toks.length && toks[i + k]!.text === words[k] && toks[i + k]!.sentence === toks[i]!.sentence) k++;
      if (k < words.length || b > toks.length || joined(toks, i, -1) || joined(toks, b - 1, 1)) continue;
      out.push([i, b]);
      break;
    }
  }
  return out;
}

/** A single word the tagger passed over that may stand for the company: inside a sentence, no title, day or month. */
function mayAdd(toks: Tok[], a: number, b: number): boolean {
  const t = toks[a]!;
  if (b - a > 1) return true;
  return !t.initial && !TITLE_WORDS.has(t.text) && !DAY_OR_MONTH.test(t.text);
}

const asOrg = (toks: Tok[], a: number, b: number): NameSpan => ({ start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG", a, b, titled: false });

/**
 * A short form of one of the article's company names, standing as a name of its own, is that
 * company: the tagger's reading of exactly it retyped, its pieces inside it joined, and where
 * the tagger read nothing, added. Not a word that names a person of the article ("Ann Quorvath"),
 * a titled name, a place the gazetteer knows, nor in a title-case line (left to the rules).
 */
export function orgShortForms(toks: Tok[], names: NameSpan[], rules: Parameters<typeof ruleCompanies>[1], titleCase: Set<number>): NameSpan[] {
  const forms = shortForms(toks, [...names.filter((s) => s.type === "ORG"), ...ruleCompanies(toks, rules)]);
  if (!forms.length) return names;
  const persons = personWords(toks, names);
  let out = names;
  for (const [a, b] of occurrences(toks, forms.filter((words) => words.length > 1 || !persons.has(words[0]!)))) {
    if (titleCase.has(toks[a]!.sentence)) continue;
    const over = out.filter((s) => s.a < b && a < s.b);
    if (over.some((s) => s.a < a || s.b > b || s.titled || (s.type === "ORG" && s.a === a && s.b === b))) continue;
    if (!over.length && !mayAdd(toks, a, b)) continue;
    out = [...out.filter((s) => !over.includes(s)), asOrg(toks, a, b)];
  }
  return out === names ? names : out.sort((x, y) => x.start - y.start);
}
