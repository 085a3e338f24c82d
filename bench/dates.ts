// Dates on unseen news: the dates stage on TempEval-3's TBAQ (TimeBank + AQUAINT),
// each article's creation date as `published`. Scores DATE timexes whose value is a
// day, month or year: recall (a predicted row overlaps the gold span) and value
// accuracy (of those found, the row's value equals the gold value).
// Alone: npm run bench:dates. DATES_ERRORS=1 also lists every miss and wrong value.
import { pathToFileURL } from "node:url";
import { extractDates } from "../loaders/dates/index.js";
import { splitSentences } from "../loaders/text/sentences.js";
import { countWords } from "../loaders/text/words.js";
import type { DateRow } from "../loaders/types.js";
import { HELD_OUT, HELD_OUT_2, HELD_OUT_3, type HeldOut } from "../test/dates/heldout.js";
import { HELD_OUT_4 } from "../test/dates/heldout4.js";
import { goldContradiction } from "./dates-gold.js";
import { readTbaq, type TbaqDoc, type Timex } from "./tbaq.js";

const SCORED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A rough kind of expression, for the error breakdown. */
export function category(text: string): string {
  if (/\b(?:ago|earlier|later|before|after|following|next|previous|that|same)\b/i.test(text) && !/\d{4}/.test(text)) return "relative";
  if (/\b(?:year|quarter|spring|summer|autumn|fall|winter)\b/i.test(text) && !/\d{4}/.test(text)) return "period";
  if (/\b\d{4}\b/.test(text)) return /[A-Z][a-z]/.test(text) ? "date with year" : "year";
  if (/day\b/i.test(text) && !/\d/.test(text)) return "weekday";
  if (/\d/.test(text)) return "day and month";
  if (/^[A-Z][a-z]+\.?$/.test(text.replace(/^(?:last|this|next|early|late|mid-?)\s*/i, ""))) return "month";
  return "other";
}

interface Tally {
  gold: number;
  found: number;
  right: number;
  extra: number;
  /** Found timexes whose gold value contradicts its own text (dates-gold.ts), and how many of those we got "right". */
  contradicted: number;
  contradictedRight: number;
  kinds: Record<string, { found: number; right: number }>;
}

export interface DateError {
  doc: string;
  kind: "miss" | "value";
  gold: string;
  value: string | null;
  text: string;
  context: string;
}

function score(d: TbaqDoc, rows: DateRow[], t: Tally, errors: DateError[]): void {
  const gold = d.timexes.filter((x) => x.type === "DATE" && SCORED.test(x.value));
  const overlaps = (r: { start: number; end: number }, x: Timex) => r.start < x.end && x.start < r.end;
  for (const x of gold) {
    t.gold++;
    const hits = rows.filter((r) => overlaps(r, x));
    const context = d.text.slice(Math.max(0, x.start - 60), x.end + 40).replace(/\s+/g, " ");
    const text = d.text.slice(x.start, x.end);
    if (!hits.length) {
      errors.push({ doc: d.id, kind: "miss", gold: x.value, value: null, text, context });
      continue;
    }
    t.found++;
    const kind = category(hits[0]!.text);
    const k = (t.kinds[kind] ??= { found: 0, right: 0 });
    k.found++;
    const right = hits.some((r) => r.value === x.value);
    if (goldContradiction(text, x.value)) {
      t.contradicted++;
      if (right) t.contradictedRight++;
    }
    if (right) {
      t.right++;
      k.right++;
    } else errors.push({ doc: d.id, kind: "value", gold: x.value, value: hits.map((r) => `${r.text}=${r.value}`).join(" | "), text, context });
  }
  // Rows over no DATE timex at all: not scored (TimeML leaves some dates unmarked), shown for the eye.
  t.extra += rows.filter((r) => !d.timexes.some((x) => x.type === "DATE" && overlaps(r, x))).length;
}

export function benchDates(report: (key: string, value: string) => void): DateError[] {
  const docs = readTbaq();
  const tallies: Record<string, Tally> = {};
  const errors: DateError[] = [];
  let ms = 0, words = 0;
  for (const d of docs) {
    const doc = { id: d.id, text: d.text, published: d.published, sentences: splitSentences(d.text) };
    const rows = extractDates(doc);
    words += countWords(d.text);
    // errors listed once, from the whole-corpus tally
    for (const k of ["all", d.part]) score(d, rows, (tallies[k] ??= { gold: 0, found: 0, right: 0, extra: 0, contradicted: 0, contradictedRight: 0, kinds: {} }), k === "all" ? errors : []);
  }
  // speed on a second, warm pass (the first pays for chrono's and the lexicon's start-up)
  const warm = docs.map((d) => ({ id: d.id, text: d.text, published: d.published, sentences: splitSentences(d.text) }));
  const t0 = performance.now();
  for (const doc of warm) extractDates(doc);
  ms = performance.now() - t0;
  for (const [k, t] of Object.entries(tallies)) {
    const label = k === "all" ? `TBAQ ${docs.length} articles` : k;
    report(`dates ${label}: body recall of DATE timexes (${t.gold})`, (t.found / t.gold).toFixed(3));
    report(`dates ${label}: value accuracy of those found`, (t.right / t.found).toFixed(3));
    report(`dates ${label}: rows over no DATE timex`, String(t.extra));
    report(`dates ${label}: gold values contradicting their own text (a weekday that is not that day, a written year or month not in the value, a bare year given a day)`, String(t.contradicted));
    report(`dates ${label}: value accuracy with those set aside`, ((t.right - t.contradictedRight) / (t.found - t.contradicted)).toFixed(3));
  }
  if (process.env.DATES_ERRORS)
    for (const [kind, k] of Object.entries(tallies.all!.kinds)) report(`dates value by kind: ${kind}`, `${k.right}/${k.found}`);
  report("dates held-out sentences (written for Dossier, never tuned on): right", `${heldOut(HELD_OUT)}/${HELD_OUT.length}`);
  report("dates held-out sentences, second batch (written before the follow-up's changes): right", `${heldOut(HELD_OUT_2)}/${HELD_OUT_2.length}`);
  report("dates held-out sentences, third batch (written before this round's changes): right", `${heldOut(HELD_OUT_3)}/${HELD_OUT_3.length}`);
  report("dates held-out sentences, fourth batch (tense in present-day news, written before its round's changes): right", `${heldOut(HELD_OUT_4)}/${HELD_OUT_4.length}`);
  report("dates stage words/s on TBAQ (1 core, second pass)", Math.round(words / (ms / 1000)).toLocaleString("en-US"));
  return errors;
}

/** Items of the held-out set whose expression gets the expected value (or, expected none, no row). */
function heldOut(items: HeldOut[]): number {
  let right = 0;
  for (const h of items) {
    const at = h.text.indexOf(h.expr);
    const rows = extractDates({ id: "h", text: h.text, published: h.published, sentences: splitSentences(h.text) });
    const hits = rows.filter((r) => r.start < at + h.expr.length && at < r.end);
    if (h.value === null ? hits.length === 0 : hits.some((r) => r.value === h.value)) right++;
    else if (process.env.DATES_ERRORS) console.log(`held-out\t${h.value}\t${hits.map((r) => `${r.text}=${r.value}`).join(" | ") || "-"}\t${h.text}`);
  }
  return right;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const errors = benchDates((k, v) => console.log(`${k}: ${v}`));
  if (process.env.DATES_ERRORS) for (const e of errors) console.log(`${e.kind}\t${e.gold}\t${e.value ?? "-"}\t[${e.text}]\t${e.doc}\t${e.context}`);
}
