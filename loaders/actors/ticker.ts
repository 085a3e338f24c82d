import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "Veltrix Corp (VTX.N)", "(7203.T)", "(NASDAQ: VTX)": a stock's trading code in brackets after its
// firm names a security, not an actor; its letters read as an acronym's, and the exchange's suffix
// after the dot as a one-letter name.

const CODE = /\(\s*(?:[A-Z0-9]{2,6}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:\s*[A-Z0-9.]{1,8})\s*\)/gu;

/** The candidates without the letters of a bracketed trading code (the exchange's name in it stays). */
export function withoutTickers(doc: Doc, cands: Candidate[]): Candidate[] {
  if (!doc.text.includes("(")) return cands;
  const spans: [number, number][] = [];
  for (const m of doc.text.matchAll(CODE)) {
    const colon = m[0].indexOf(":");
    spans.push([m.index! + (colon >= 0 ? colon : 0), m.index! + m[0].length]);
  }
  if (!spans.length) return cands;
  const inCode = (c: Candidate) => spans.some(([a, b]) => c.start >= a && c.end <= b);
  return cands.some(inCode) ? cands.filter((c) => !inCode(c)) : cands;
}
