import type { EventRow } from "../types.js";
import type { Span } from "./clauses.js";
import { distinctActs, shareTarget } from "./distinct-acts.js";

export interface Draft {
  row: Omit<EventRow, "id" | "article">;
  clause: Span;
  nominal: boolean;
  /** A trip abroad to a place with no state to name as host ("a tour of the Sahel"): kept without a target. */
  abroad?: boolean;
  /** A contact between actors (a meeting, cooperation), also when planned: none without a counterpart. */
  contact?: boolean;
}

/** One event per distinct action per sentence: same type, compatible actors, same clause (or one side unknown). */
export function merge(drafts: Draft[], text = ""): Draft[] {
  const kept: Draft[] = [];
  const fits = (a: string | null, b: string | null) => !a || !b || a === b;
  for (const d of drafts) {
    const same = kept.find((k) => {
      const r = k.row, o = d.row;
      if (r.type !== o.type || r.negated !== o.negated || !fits(r.source, o.source) || distinctActs(text, k, d)) return false;
      // "arrived in Kyiv for negotiations on …": a noun of the verb's own type in its clause, by the
      // same actor, tells the same act; the counterpart found first stands.
      if (!fits(r.target, o.target)) return k.clause.start === d.clause.start && !!r.source && r.source === o.source && k.nominal !== d.nominal;
      const sameClause = k.clause.start === d.clause.start;
      return sameClause || !r.source || !o.source || !r.target || !o.target;
    });
    if (!same) {
      for (const k of kept) if (distinctActs(text, k, d)) shareTarget(k, d);
      kept.push(d);
      continue;
    }
    const r = same.row;
    // A side filled from the other draft never makes an actor act on itself.
    if (!r.source && d.row.source !== r.target) r.source = d.row.source;
    if (!r.target && d.row.target !== r.source) r.target = d.row.target;
    r.place ??= d.row.place;
    if (!r.date && d.row.date) (r.date = d.row.date), (r.date_text = d.row.date_text);
  }
  return kept;
}
