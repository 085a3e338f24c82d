import type { Span } from "../loaders/actors/ner/labels.js";
import { TYPES } from "../loaders/actors/ner/labels.js";

// conlleval's convention: a predicted name counts when its span and type both match a gold name exactly.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type TypedCounts = Record<string, Counts>;

export function emptyCounts(): TypedCounts {
  return Object.fromEntries([...TYPES, "all"].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
}

/** Adds one sequence's predicted and gold spans (spans in the same coordinates, e.g. token indices). */
export function addSpans(c: TypedCounts, predicted: Span[], gold: Span[]): void {
  const key = (s: Span) => `${s.a}:${s.b}:${s.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  for (const s of predicted) {
    const hit = g.has(key(s));
    c[s.type]![hit ? "tp" : "fp"]++;
    c.all![hit ? "tp" : "fp"]++;
  }
  for (const s of gold)
    if (!p.has(key(s))) {
      c[s.type]!.fn++;
      c.all!.fn++;
    }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp / (c.tp + c.fp || 1), r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatCounts(c: Counts): string {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${c.tp + c.fn} gold, ${c.tp + c.fp} found)`;
}
