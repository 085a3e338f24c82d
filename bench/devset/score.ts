// Scoring the extractor's events and quotes against the dev set's gold.
import type { EventRow, QuoteRow } from "../../loaders/types.js";
import type { EventSentence, GoldQuote, Half, Names } from "./fixtures.js";

const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^the /, "");

/**
 * An actor the extractor named (its name, aliases and the surface text) against the
 * gold's acceptable names: equal after normalising, or one a whole-word part of the
 * other ("Arafat" / "Yasser Arafat"). Both sides empty counts as agreement.
 */
export function sameActor(predicted: string[], gold: Names): boolean {
  const p = predicted.map(norm).filter(Boolean);
  const g = (gold ?? [null]).map((x) => (x === null ? null : norm(x)));
  if (!p.length) return g.includes(null);
  const words = (s: string) => ` ${s} `;
  return g.some((x) => x !== null && p.some((y) => y === x || words(y).includes(words(x)) || words(x).includes(words(y))));
}

export interface Tally { tp: number; fp: number; fn: number; roleN: number; sourceOk: number; targetOk: number }
export const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, roleN: 0, sourceOk: 0, targetOk: 0 });

/** Event rows of one document against its gold sentences: same sentence (by the row's start) and same type. */
export function scoreEvents(rows: EventRow[], gold: EventSentence[], names: (id: string | null) => string[], by: Record<Half, Tally>, misses?: string[]): void {
  for (const s of gold) {
    const t = by[s.half];
    const inside = rows.filter((r) => r.start >= s.start && r.start < s.end);
    const open = [...s.events];
    for (const r of inside) {
      const k = open.findIndex((g) => g.type === r.type);
      if (k < 0) {
        t.fp++;
        misses?.push(`FP ${r.type} ${r.source} → ${r.target} «${r.trigger}»`);
        continue;
      }
      const g = open.splice(k, 1)[0]!;
      t.tp++;
      t.roleN++;
      const so = sameActor(r.source || !r.source_text ? names(r.source) : [r.source_text], g.source), to = sameActor(names(r.target), g.target);
      if (so) t.sourceOk++;
      if (to) t.targetOk++;
      if (!so || !to) misses?.push(`ROLE ${r.type} ${r.source} → ${r.target} (gold ${g.source?.[0]} → ${g.target?.[0] ?? null})`);
    }
    t.fn += open.length;
    for (const g of open) misses?.push(`FN ${g.type} ${g.source?.[0]} → ${g.target?.[0] ?? null} (${g.mode})`);
  }
}

export interface QuoteTally { tp: number; fp: number; fn: number; speakerOk: number }
export const quoteTally = (): QuoteTally => ({ tp: 0, fp: 0, fn: 0, speakerOk: 0 });

/** Quote rows of one document against every quotation of it: span overlap with an attributed one. */
export function scoreQuotes(rows: QuoteRow[], gold: GoldQuote[], names: (q: QuoteRow) => string[], by: Record<Half, QuoteTally>, misses?: string[], doc = ""): void {
  const matched = new Set<GoldQuote>();
  for (const r of rows) {
    const g = gold.find((x) => !matched.has(x) && x.start < r.end && r.start < x.end);
    const t = by[g?.half ?? gold[0]!.half];
    if (!g || !g.quote) {
      t.fp++;
      misses?.push(`FP quote ${doc} «${r.text.slice(0, 40)}»`);
      if (g) matched.add(g);
      continue;
    }
    matched.add(g);
    t.tp++;
    if (sameActor(names(r), g.speaker)) t.speakerOk++;
    else misses?.push(`SPEAKER ${doc} ${r.speaker} (${r.speaker_text}) vs gold ${g.speaker?.join("|")} «${r.text.slice(0, 30)}»`);
  }
  for (const g of gold) if (g.quote && !matched.has(g)) (by[g.half].fn++, misses?.push(`FN quote ${doc} ${g.start}-${g.end}`));
}
