// The Events page's SQL counts and orders through two numbers event_days carries
// (`event_no` for the cluster key, `seq` for the row order) instead of the key and
// the sort columns themselves. The seeds hold too few events to show a difference,
// so this runs the page's SQL (DuckDB in Node, as the snapshot does) over events made
// to collide: ties on day, type, article and start, undated events, shared keys,
// negated reports, a place that differs within one cluster. The rows are checked
// against the rules computed in TypeScript (test/browser/expected.ts).
import { describe, expect, it } from "vitest";
import type { ActorRow, ArticleRow, EventRow, Tables } from "../../loaders/types.js";
import {
  EVENTS_TABLE_SQL, EVENTS_TIMELINE_SQL, eventDaysSQL, eventFilterParams, eventsTableParams, NO_EVENT_FILTER,
} from "../../src/components/queries.js";
import { withTables } from "../../src/data/lib/snapshot.js";
import type { Sentence } from "../../src/data/lib/sentences.js";
import { eventDay, eventKey, filterEvents, type EventFilter } from "../browser/expected.js";

/** A small deterministic generator (mulberry32): the same tables on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tables(clustered: boolean): { t: Tables; sentences: Sentence[] } {
  const r = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const articles = Array.from({ length: 12 }, (_, i) => ({
    id: `a${String(i).padStart(2, "0")}`, file: `a${i}.txt`, sha256: "0".repeat(64), title: null, outlet: `Outlet ${i % 3}`, url: null,
    published: i % 5 === 4 ? null : `2024-0${(i % 3) + 1}-1${i % 4}`, byline: null, language: "en", text: "", words: 10, boilerplate: [],
  })) as unknown as ArticleRow[];
  const actors = ["x1", "x2", "x3", "x4"].map((id, i) => ({ id, name: `Actor ${4 - i}`, kind: "country" })) as unknown as ActorRow[];
  const ids = [null, null, "x1", "x2", "x3", "x4"];
  const events = Array.from({ length: 400 }, (_, i) => {
    const article = pick(articles).id;
    const e = {
      // Ids out of row order, so the last tie-break is seen.
      id: `e${String((i * 37) % 400).padStart(3, "0")}`, article, type: pick(["AGREE", "ASSAULT", "CONSULT"]), mode: null, trigger: `t${i}`,
      source: pick(ids), target: pick(ids), place: pick(ids), source_text: null as string | null, date: pick([null, null, "2024", "2024-02", "2024-02-11", "2024-01-12"]),
      date_text: null, negated: r() < 0.15, start: Math.floor(r() * 6) * 10, end: 0, correction: null,
      ...(clustered ? { cluster: r() < 0.2 ? null : `c${Math.floor(r() * 40)}` } : {}),
    };
    // A group the text does not name: no source, its words instead (two spellings of one group).
    if (e.source === null && r() < 0.5) e.source_text = pick(["Rebels", "rebels", "trade unions"]);
    return { ...e, end: e.start + 5 };
  }) as unknown as EventRow[];
  const sentences = articles.flatMap((a) => [0, 20, 40].map((start, index) => ({ article: a.id, index, start, end: start + 20, text: `${a.id} s${index}` })));
  return { t: { articles, actors, mentions: [], figures: [], quotes: [], events, dates: [] } as unknown as Tables, sentences };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The table's rows as the page promises them: day (undated last), type, article, start, id. */
function expectedTable(t: Tables, f: EventFilter) {
  const name = (id: string | null) => (id == null ? null : t.actors.find((a) => a.id === id)?.name ?? id);
  const reports = new Map<string, number>();
  for (const e of t.events) reports.set(eventKey(t, e), (reports.get(eventKey(t, e)) ?? 0) + 1);
  return filterEvents(t, f)
    .map((e) => ({ e, day: eventDay(t, e) }))
    .sort((a, b) => (a.day == null ? 1 : 0) - (b.day == null ? 1 : 0) || byCode(a.day ?? "", b.day ?? "") || byCode(a.e.type, b.e.type) ||
      byCode(a.e.article, b.e.article) || a.e.start - b.e.start || byCode(a.e.id, b.e.id))
    .map(({ e, day }) => ({ day, type: e.type, trigger: e.trigger, source: name(e.source) ?? e.source_text ?? null, target: name(e.target), place: name(e.place),
      reports: reports.get(eventKey(t, e)), article: e.article, start: e.start, sentence: `${e.article} s${Math.floor(e.start / 20)}` }));
}

/** Timeline rows: (type, day) of non-negated dated events, distinct keys and reports. */
function expectedTimeline(t: Tables, f: EventFilter) {
  const groups = new Map<string, { type: string; day: string; keys: Set<string>; reports: number }>();
  for (const e of filterEvents(t, f)) {
    const day = eventDay(t, e);
    if (e.negated || day == null) continue;
    const g = groups.get(`${day}|${e.type}`) ?? { type: e.type, day, keys: new Set<string>(), reports: 0 };
    g.keys.add(eventKey(t, e));
    g.reports++;
    groups.set(`${day}|${e.type}`, g);
  }
  return [...groups.entries()].sort(([a], [b]) => byCode(a, b)).map(([, g]) => ({ type: g.type, day: g.day, events: g.keys.size, reports: g.reports }));
}

const FILTERS: EventFilter[] = [{}, { type: "ASSAULT" }, { actor: "x3" }, { type: "AGREE", actor: "x1" }, { from: "2024-02-01" },
  { from: "2024-01-12", to: "2024-02-11" }, { type: "CONSULT", to: "2024-01-31" }];
const params = (f: EventFilter) => eventFilterParams(f.type ?? "", f.actor ?? "", f.from ?? "", f.to ?? "");

describe.each([false, true])("Events page SQL (cluster column: %s)", (clustered) => {
  it("the table lists every matching event in day order with its reports, the first N when capped, and counts them all", async () => {
    const { t, sentences } = tables(clustered);
    await withTables(t, [], sentences, async (run) => {
      await run(eventDaysSQL(clustered));
      const keys = new Set(t.events.map((e) => eventKey(t, e)));
      // The corpus is built to collide: shared keys, ties the last columns of the order break.
      expect(keys.size).toBeLessThan(t.events.length * 0.9);
      for (const f of FILTERS) {
        const expected = expectedTable(t, f);
        expect(expected.length).toBeGreaterThan(7);
        const all = await run(EVENTS_TABLE_SQL, eventsTableParams(params(f), 1000));
        const pick = (rows: Record<string, unknown>[]) => rows.map((r) => ({ day: r.day, type: r.type, trigger: r.trigger, source: r.source,
          target: r.target, place: r.place, reports: r.reports, article: r.article, start: r.start, sentence: r.sentence }));
        expect(pick(all)).toEqual(expected);
        expect(all.every((r) => r.matching === expected.length)).toBe(true);
        const capped = await run(EVENTS_TABLE_SQL, eventsTableParams(params(f), 7));
        expect(pick(capped)).toEqual(expected.slice(0, 7));
        expect(capped[0]!.matching).toBe(expected.length);
      }
    });
  });

  it("the timeline counts each event once per type and day, and every report", async () => {
    const { t, sentences } = tables(clustered);
    await withTables(t, [], sentences, async (run) => {
      await run(eventDaysSQL(clustered));
      for (const f of FILTERS) {
        const expected = expectedTimeline(t, f);
        expect(expected.some((g) => g.events < g.reports)).toBe(true);
        expect(await run(EVENTS_TIMELINE_SQL, params(f))).toEqual(expected);
      }
      expect(await run(EVENTS_TIMELINE_SQL, NO_EVENT_FILTER)).toEqual(expectedTimeline(t, {}));
    });
  });
});
