// Events and quotes on the hand-annotated dev set (test/devset, docs/events.md), every
// half side by side so overfitting to the tuning halves shows. Run alone: npm run bench:events
// (DEVSET_MISSES=1 also lists every miss of the tuning halves; never a held-out half's).
import { pathToFileURL } from "node:url";
import { articleCandidates } from "../loaders/actors/index.js";
import { resolve as resolveCandidates } from "../loaders/actors/rows.js";
import { extractDates } from "../loaders/dates/index.js";
import { extractEvents } from "../loaders/events/index.js";
import { extractQuotes } from "../loaders/quotes/index.js";
import { splitSentences } from "../loaders/text/sentences.js";
import type { ActorRow, Doc, EventRow, QuoteRow, ResolvedMention } from "../loaders/types.js";
import { loadDevSet, type EventSentence, type GoldQuote, type Half } from "./devset/fixtures.js";
import { quoteTally, scoreEvents, scoreQuotes, tally, type QuoteTally, type Tally } from "./devset/score.js";

const HALVES: Half[] = ["tune", "held-out", "tune2", "held-out2", "tune3", "held-out3", "tune4", "held-out4", "tune5", "tune6", "tune7", "tune8", "held-out5", "tune9", "tune10", "tune11", "tune12", "tune13", "tune14q"];
/**
 * The "all" lines cover the three halves docs/events.md records its numbers on, so they stay
 * comparable with them; held-out2, held-out3, held-out4 and held-out5 (TBAQ, docs/held-out5.md) are printed on their own and in the
 * "unseen" line, tune3, tune4, tune7, tune8, tune10, tune11 and tune14q (docs/quotes.md) and tune9, tune12 and tune13 (docs/events.md) on their own.
 */
const ALL: Half[] = ["tune", "held-out", "tune2"];
/** Halves no rule was written from: their misses are never listed. */
const UNSEEN: Half[] = ["held-out", "held-out2", "held-out3", "held-out4", "held-out5"];
/** Halves whose errors may be read: the held-out halves are only ever scored. */
const readable = (h: Half | undefined) => h !== undefined && !UNSEEN.includes(h);
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : "n/a");

/** The stages as the pipeline chains them (bench/stages.ts): dates, actors over all documents, quotes, events. */
function extract(docs: Doc[]): { events: Map<string, EventRow[]>; quotes: Map<string, QuoteRow[]>; actors: Map<string, ActorRow> } {
  const dates = docs.map((d) => extractDates(d));
  const { actors, mentions } = resolveCandidates(docs.flatMap((d) => articleCandidates(d)), []);
  const byId = new Map<string, ActorRow>(actors.map((a) => [a.id, a]));
  const byArticle = new Map<string, ResolvedMention[]>();
  for (const m of mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  const events = new Map<string, EventRow[]>(), quotes = new Map<string, QuoteRow[]>();
  docs.forEach((d, i) => {
    quotes.set(d.id, extractQuotes(d, byArticle.get(d.id) ?? [], byId));
    events.set(d.id, extractEvents(d, byArticle.get(d.id) ?? [], byId, dates[i]!));
  });
  return { events, quotes, actors: byId };
}

const sum = <T extends object>(xs: T[]) => xs.reduce((a, x) => { for (const k in x) (a as Record<string, number>)[k] = ((a as Record<string, number>)[k] ?? 0) + (x as Record<string, number>)[k]!; return a; }, {} as T);

/**
 * One line over several halves together: "all" (so a change that moves one half at another's cost
 * shows in the total) and "unseen" (the halves no rule was written from).
 */
function reportOver(report: (key: string, value: string) => void, label: string, halves: Half[], set: { sentences: EventSentence[]; quotes: GoldQuote[] }, et: Record<Half, Tally>, qt: Record<Half, QuoteTally>): void {
  const t = sum(halves.map((h) => et[h])), q = sum(halves.map((h) => qt[h]));
  const events = set.sentences.filter((s) => halves.includes(s.half)).reduce((a, s) => a + s.events.length, 0);
  const attributed = set.quotes.filter((x) => halves.includes(x.half) && x.quote).length;
  report(`dev events ${label} (${events} events): type precision / recall`, `${ratio(t.tp, t.tp + t.fp)} / ${ratio(t.tp, t.tp + t.fn)} (${t.tp} right, ${t.fp} wrong, ${t.fn} missed)`);
  report(`dev events ${label}: source / target accuracy (over ${t.roleN} type-matched)`, `${ratio(t.sourceOk, t.roleN)} / ${ratio(t.targetOk, t.roleN)}`);
  report(`dev quotes ${label} (${attributed} attributed): precision / recall`, `${ratio(q.tp, q.tp + q.fp)} / ${ratio(q.tp, q.tp + q.fn)} (${q.tp} right, ${q.fp} wrong, ${q.fn} missed)`);
  report(`dev quotes ${label}: speaker accuracy (over ${q.tp} found)`, ratio(q.speakerOk, q.tp));
}

export function benchEvents(report: (key: string, value: string) => void): void {
  const set = loadDevSet();
  const docs: Doc[] = [...set.docs.values()].map((d) => ({ ...d, sentences: splitSentences(d.text) }));
  const { events, quotes, actors } = extract(docs);
  const names = (id: string | null) => {
    const a = id ? actors.get(id) : undefined;
    return a ? [a.name, ...a.aliases] : id ? [id] : [];
  };
  const perHalf = <T>(make: () => T) => Object.fromEntries(HALVES.map((h) => [h, make()])) as Record<Half, T>;
  const misses = perHalf<string[]>(() => []);
  const missesOf = (h: Half) => (readable(h) ? misses[h] : undefined);
  const et = perHalf(tally);
  const qt = perHalf(quoteTally);
  for (const d of docs) {
    const gold = set.sentences.filter((s) => s.doc === d.id);
    if (gold.length) scoreEvents(events.get(d.id) ?? [], gold, names, et, missesOf(gold[0]!.half));
    const gq = set.quotes.filter((q) => q.doc === d.id);
    if (gq.length) scoreQuotes(quotes.get(d.id) ?? [], gq, (q) => names(q.speaker), qt, missesOf(gq[0]!.half), d.id);
  }
  for (const h of HALVES) {
    const t = et[h], q = qt[h];
    const n = set.sentences.filter((s) => s.half === h);
    if (n.length) report(`dev events ${h} (${n.length} sentences, ${n.reduce((a, s) => a + s.events.length, 0)} events): type precision / recall`, `${ratio(t.tp, t.tp + t.fp)} / ${ratio(t.tp, t.tp + t.fn)} (${t.tp} right, ${t.fp} wrong, ${t.fn} missed)`);
    if (n.length) report(`dev events ${h}: source / target accuracy (over ${t.roleN} type-matched)`, `${ratio(t.sourceOk, t.roleN)} / ${ratio(t.targetOk, t.roleN)}`);
    const gq = set.quotes.filter((x) => x.half === h && x.quote).length;
    if (!gq) continue;
    report(`dev quotes ${h} (${gq} attributed): precision / recall`, `${ratio(q.tp, q.tp + q.fp)} / ${ratio(q.tp, q.tp + q.fn)} (${q.tp} right, ${q.fp} wrong, ${q.fn} missed)`);
    report(`dev quotes ${h}: speaker accuracy (over ${q.tp} found)`, ratio(q.speakerOk, q.tp));
  }
  reportOver(report, "all", ALL, set, et, qt);
  reportOver(report, "unseen", UNSEEN, set, et, qt);
  if (process.env.DEVSET_MISSES) for (const h of HALVES.filter(readable)) console.error(`-- ${h}\n${misses[h].join("\n")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) benchEvents((k, v) => console.log(`${k}: ${v}`));
