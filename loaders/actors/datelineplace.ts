import type { Candidate } from "./candidate.js";

// Whether a name is a dateline's town, and the lower-case test the reconciling of rules and tagger
// reads a sentence's case with.

const LOWER = /\p{Ll}/u;

/** `/\p{Ll}/u` on text[start, end), without cutting it out: ASCII read here, the rest from the first other character on. */
export function hasLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(text.slice(k, end));
  }
  return false;
}

/** "NEW YORK — Stocks fell …", "NEW YORK (Reuters) -", "THE BRONX 2026-03-02": a place in capitals opening a paragraph before a dash, a bracket or a date is the dateline's. */
export function datelinePlace(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  return /^\s*(?:THE\s+)?$/.test(text.slice(lineStart, c.start)) && !hasLower(text, c.start, c.end) && /^\s*(?:[—–-]|\(|\d{4}-\d\d-\d\d)/.test(text.slice(c.end, c.end + 12));
}
