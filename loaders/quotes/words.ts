// Words of a clause with their offsets, and a span of the text: what subject.ts and
// apposition.ts both read a clause with.

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

export interface Span {
  start: number;
  end: number;
  inverted?: boolean;
}

// A plain ASCII word comes first: most are, and it spares the Unicode classes (same cuts).
const WORD = /[A-Za-z0-9]+(?![\p{L}\p{N}’'.\-])|[\p{L}\p{N}][\p{L}\p{N}’'.\-]*/gu;

export interface W { w: string; low: string; start: number; end: number }

export function words(s: string, from: number, to: number): W[] {
  const out: W[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    const raw = s.slice(m.index, end);
    // keep the last dot of an abbreviation ("U.N."), drop trailing punctuation otherwise
    const last = raw.charCodeAt(raw.length - 1);
    const trail = last === 46 || last === 39 || last === 45 || last === 0x2019; // . ' - ’
    const w = !trail ? raw : ABBREVIATION.test(raw) ? raw : raw.replace(/[.’'-]+$/, "");
    out.push({ w, low: w.toLowerCase(), start: m.index, end: m.index + w.length });
  }
  return out;
}
