// A flat token stream with UTF-16 offsets. Figures work on tokens rather than on
// one big regex because a quantity is assembled from parts (qualifier, number
// words, scale, hyphen compound, counted noun) whose order varies; tokens keep
// offsets exact and cost one regex pass per article.

export interface Token {
  text: string;
  /** Lower-cased text. */
  low: string;
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
}

// Digits with thousands separators and decimals ("12,000", "1.5"), words with
// inner apostrophes ("Japan’s" stays one word), or a single other character.
// A plain ASCII word comes first: most tokens are, and it spares the Unicode class (same cuts).
const TOKEN = /[A-Za-z]+(?![\p{L}'’])|\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to && m.index + m[0].length <= to) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII decided by code point; only other scripts pay for the Unicode test
    const kind = c >= 48 && c <= 57 ? "num" : (c | 32) >= 97 && (c | 32) <= 122 ? "word" : c < 128 ? "punct" : /\p{L}/u.test(t[0]!) ? "word" : "punct";
    out.push({ text: t, low: t.toLowerCase(), start: m.index, end: m.index + t.length, kind });
  }
  return out;
}

/** True when tokens a and b touch (no space between them). */
export const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

export const isCapitalized = (t: Token | undefined): boolean => !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text);
