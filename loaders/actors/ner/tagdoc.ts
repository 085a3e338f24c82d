import type { Doc } from "../../types.js";
import type { Tok } from "../tok.js";
import { featurizeWords } from "./features.js";
import { spansFromTags, type NerType } from "./labels.js";
import { decodeDoc, type Weights } from "./model.js";
import { DEFAULT_WEIGHTS, loadWeights } from "./weightsfile.js";
import { wordInfo, type WordInfo } from "./wordinfo.js";

// The tagger on Dossier's own tokens: lines and sentences become its
// sequences, and words are written as CoNLL (Reuters) wrote them, so the
// features it was trained on read the same here.

export interface NameSpan {
  start: number;
  end: number;
  type: NerType;
  /** Token range [a, b) in the article's tokens. */
  a: number;
  b: number;
  /** A title stood before it, split off by actors/tagged.ts: a person by the text's own word. Always set, so spans keep one shape. */
  titled?: boolean;
}

/** The span read as another type; fields written in NameSpan's order, so every span keeps one shape. */
export const retyped = (s: NameSpan, type: NerType): NameSpan => ({ start: s.start, end: s.end, type, a: s.a, b: s.b, titled: s.titled });

let model: Weights | null = null;

/** The weights, read once per process (a worker is a process); DOSSIER_NER_WEIGHTS points elsewhere (tests). */
export function nerModel(): Weights {
  return (model ??= loadWeights(process.env.DOSSIER_NER_WEIGHTS || DEFAULT_WEIGHTS));
}

/** For tests: forget the loaded weights so the next call reads the file again. */
export function resetNerModel(): void {
  model = null;
}

/** Curly and TeX-style quotes and dashes as Reuters' plain ASCII; the model never saw those forms. */
function conllForm(text: string): string {
  if (text.length > 2) return text.includes("’") ? text.replace(/’/g, "'") : text;
  switch (text) {
    case "“": case "”": case "„": case "«": case "»": case "``": case "''": return '"';
    case "‘": case "’": return "'";
    case "—": case "–": return "--";
    case "’s": case "’S": return `'${text[1]}`;
    default: return text;
  }
}

const CLITIC = /^(\p{L}+?)(n't|'ve|'ll|'re|'d|'m)$/iu;
const isHyphen = (t: Tok | undefined) => t !== undefined && (t.text === "-" || t.text === "‐");
const isInitial = (t: Tok, next: Tok | undefined) =>
  t.text.length === 1 && t.cap && next !== undefined && next.text === "." && next.start === t.end && next.sentence === t.sentence;

export class Group {
  /** The tagger's reading of each word. */
  readonly infos: WordInfo[] = [];
  /** For each word, its first and last token (hyphenated compounds are one word, as in CoNLL). */
  readonly first: number[] = [];
  readonly last: number[] = [];

  /** The words as written for the tagger. */
  get words(): string[] {
    return this.infos.map((w) => w.text);
  }
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * The tagger's words for a word of the text: its CoNLL form, and a contraction's
 * clitic split off ("didn't", "I've" → "did n't", "I 've", as Reuters wrote them).
 */
function conllWords(word: string, splitClitic: boolean): WordInfo[] {
  const form = conllForm(word);
  const clitic = splitClitic && form.includes("'") ? CLITIC.exec(form) : null;
  return clitic ? [wordInfo(clitic[1]!), wordInfo(clitic[2]!)] : [wordInfo(form)];
}

/** The tagger's sequences: one per line or sentence, words written as Reuters wrote them. */
export function sequences(text: string, toks: Tok[]): Group[] {
  const groups: Group[] = [];
  let g: Group | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!, prev = toks[i - 1];
    if (!g || !prev || prev.sentence !== t.sentence || newlineBetween(text, prev.end, t.start)) groups.push((g = new Group()));
    // "Anglo-Dutch", "al-Assad": a hyphen glued on both sides joins its neighbours into one word.
    let j = i;
    while (t.word && isHyphen(toks[j + 1]) && toks[j + 1]!.start === toks[j]!.end && toks[j + 2]?.word && toks[j + 2]!.start === toks[j + 1]!.end) j += 2;
    // An initial and its full stop are one word, as Reuters wrote them ("A. Dale").
    if (j === i && isInitial(t, toks[i + 1])) j = i + 1;
    // A token standing alone gives the same words wherever it stands: made once per distinct token.
    const infos = j > i ? conllWords(text.slice(t.start, toks[j]!.end), false) : (t.lex.ner ??= conllWords(t.text, true));
    for (const w of infos) {
      g.infos.push(w);
      g.first.push(i);
      g.last.push(j);
    }
    i = j;
  }
  return groups;
}

/** Names the tagger finds in an article: offsets into doc.text and the CoNLL type. */
export function tagNames(doc: Doc, toks: Tok[]): NameSpan[] {
  const weights = nerModel();
  // No words, no names (and the tagger's arrays are never empty).
  if (!toks.length) return [];
  const groups = sequences(doc.text, toks);
  const infos: WordInfo[][] = [];
  for (const g of groups) infos.push(g.infos);
  const tags = decodeDoc(weights, featurizeWords(infos, true));
  const out: NameSpan[] = [];
  let t = 0;
  for (const g of groups) {
    for (const s of spansFromTags(tags, t, t + g.infos.length)) {
      let a = g.first[s.a]!, b = g.last[s.b - 1]! + 1;
      // Punctuation is never the edge of a name ("] Vladimir Putin" after a bracketed insertion).
      while (a < b && !toks[a]!.word) a++;
      while (b > a && !toks[b - 1]!.word) b--;
      if (a === b) continue;
      out.push({ start: toks[a]!.start, end: toks[b - 1]!.end, type: s.type, a, b, titled: false });
    }
    t += g.infos.length;
  }
  return out;
}
