// What each page should show, computed in plain TypeScript from the JSON tables
// of `dossier extract` — never from the page or its SQL — so a wrong query, join
// or filter in a page shows up as a count mismatch.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Tables } from "../../loaders/types.js";
// @ts-expect-error plain browser module without types: the rule the Figures page states, in JavaScript
import { quantity as quantityJS } from "../../src/components/figures.js";
import { scratchDir } from "../scratch.js";

const quantity = quantityJS as (unit: string) => string;

export function extractTables(dir = "data/articles"): Tables {
  const out = scratchDir("dossier-report-");
  execFileSync("npx", ["dossier", "extract", dir, "--out", out, "--quiet"], { stdio: "pipe" });
  const read = (t: string) => JSON.parse(readFileSync(join(out, `${t}.json`), "utf8"));
  return {
    articles: read("articles"), actors: read("actors"), mentions: read("mentions"), figures: read("figures"),
    quotes: read("quotes"), events: read("events"), dates: read("dates"),
  };
}

const distinct = <T>(xs: T[], key: (x: T) => string) => new Set(xs.map(key)).size;
/** DuckDB's default (binary) string order, which the pages' ORDER BY uses. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The day an event is placed on: its own date padded, else its article's publication date. */
export function eventDay(t: Tables, e: Tables["events"][number]): string | null {
  if (e.date == null) return t.articles.find((a) => a.id === e.article)?.published ?? null;
  return e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date;
}

/** Reports of one event share a key: the cluster column when present, else type/source/target/day. */
export function eventKey(t: Tables, e: Tables["events"][number]): string {
  const row = e as unknown as Record<string, unknown>;
  if ("cluster" in row) return String(row.cluster ?? e.id);
  if (e.source == null && e.target == null) return e.id;
  return [e.type, e.source ?? e.source_text?.toLowerCase() ?? "", e.target ?? "", eventDay(t, e) ?? e.article].join("|");
}

export interface EventFilter { type?: string; actor?: string; from?: string; to?: string }

export function filterEvents(t: Tables, f: EventFilter = {}) {
  return t.events.filter((e) => {
    const day = eventDay(t, e);
    return (!f.type || e.type === f.type) &&
      (!f.actor || [e.source, e.target, e.place].includes(f.actor)) &&
      (!f.from || (day != null && day >= f.from)) &&
      (!f.to || (day != null && day <= f.to));
  });
}

/** Timeline: one row per (type, day) of non-negated dated events; `events` counts distinct keys. */
export function timeline(t: Tables, f: EventFilter = {}) {
  const rows = filterEvents(t, f).filter((e) => !e.negated && eventDay(t, e) != null);
  const groups = new Map<string, Set<string>>();
  for (const e of rows) {
    const g = `${e.type}|${eventDay(t, e)}`;
    if (!groups.has(g)) groups.set(g, new Set());
    groups.get(g)!.add(eventKey(t, e));
  }
  return { rows: groups.size, events: [...groups.values()].reduce((n, s) => n + s.size, 0), reports: rows.length };
}

/** Actors in the page's order: mentions descending, then name. */
export function actorsByMentions(t: Tables) {
  return [...t.actors].sort((a, b) => b.mentions - a.mentions || byCode(a.name, b.name));
}

export function cooccurrence(t: Tables) {
  const top = new Set(actorsByMentions(t).slice(0, 20).map((a) => a.id));
  const bySentence = new Map<string, Set<string>>();
  for (const m of t.mentions) {
    if (!top.has(m.actor)) continue;
    const k = `${m.article}|${m.sentence}`;
    if (!bySentence.has(k)) bySentence.set(k, new Set());
    bySentence.get(k)!.add(m.actor);
  }
  const pairs = new Set<string>();
  for (const actors of bySentence.values()) for (const a of actors) for (const b of actors) if (a !== b) pairs.add(`${a}|${b}`);
  return pairs.size;
}

export function actorSentences(t: Tables, actor: string) {
  return distinct(t.mentions.filter((m) => m.actor === actor), (m) => `${m.article}|${m.sentence}`);
}

export function mentionsPerArticle(t: Tables) {
  const kind = new Map(t.actors.map((a) => [a.id, a.kind]));
  return distinct(t.mentions.filter((m) => kind.has(m.actor)), (m) => `${m.article}|${kind.get(m.actor)}`);
}

/**
 * The Figures comparison: quantities (category + folded unit) claimed by at least two
 * articles, the `quantities` claimed by the most articles (ties by category, quantity),
 * and in each the `groups` claim groups (value, qualifier, outlet) claimed by the most
 * articles (ties by value, qualifier, outlet). Returns the groups drawn per quantity.
 */
export function comparableFigures(t: Tables, quantities = 12, groups = 12) {
  const outlet = new Map(t.articles.map((a) => [a.id, a.outlet]));
  const byQuantity = new Map<string, { category: string; quantity: string; articles: Set<string>; groups: Map<string, { value: number; qualifier: string; outlet: string; articles: Set<string> }> }>();
  for (const f of t.figures) {
    if (f.unit == null) continue;
    const folded = quantity(f.unit);
    const k = JSON.stringify([f.category, folded]);
    if (!byQuantity.has(k)) byQuantity.set(k, { category: f.category, quantity: folded, articles: new Set(), groups: new Map() });
    const q = byQuantity.get(k)!;
    q.articles.add(f.article);
    const o = outlet.get(f.article) ?? f.article;
    const g = JSON.stringify([f.value, f.qualifier, o]);
    if (!q.groups.has(g)) q.groups.set(g, { value: f.value, qualifier: f.qualifier, outlet: o, articles: new Set() });
    q.groups.get(g)!.articles.add(f.article);
  }
  const shared = [...byQuantity.values()].filter((q) => q.articles.size >= 2)
    .sort((a, b) => b.articles.size - a.articles.size || byCode(a.category, b.category) || byCode(a.quantity, b.quantity));
  const shown = shared.slice(0, quantities).map((q) => ({
    quantity: q.quantity,
    groups: [...q.groups.values()]
      .sort((a, b) => b.articles.size - a.articles.size || a.value - b.value || byCode(a.qualifier, b.qualifier) || byCode(a.outlet, b.outlet))
      .slice(0, groups),
  }));
  return { shared: shared.length, shown, rows: shown.reduce((n, q) => n + q.groups.length, 0) };
}

export function speaker(t: Tables, q: Tables["quotes"][number]): string {
  return t.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker_text ?? "unattributed";
}

/** The spans the reader view highlights for one article, keyed as in data-spans, with their text. */
export function readerSpans(t: Tables, article: string): Map<string, string> {
  const text = t.articles.find((a) => a.id === article)!.text;
  const out = new Map<string, string>();
  const add = (kind: string, rows: { article: string; start: number; end: number }[]) => {
    for (const r of rows)
      if (r.article === article && r.start >= 0 && r.start < r.end && r.end <= text.length) out.set(`${kind}:${r.start}-${r.end}`, text.slice(r.start, r.end));
  };
  add("actor", t.mentions);
  add("figure", t.figures);
  add("quote", t.quotes);
  add("date", t.dates);
  return out;
}

/**
 * The Quotes speaker × article matrix: the `speakers` most quoted speakers (ties by
 * name) and, of the articles quoting them, the `articles` that quote them most (ties
 * by id). Returns the cells drawn, as "speaker|article" → quotes.
 */
export function quotesMatrix(t: Tables, speakers = 20, articles = 30) {
  const who = t.quotes.map((q) => speaker(t, q));
  const perSpeaker = new Map<string, number>();
  for (const s of who) perSpeaker.set(s, (perSpeaker.get(s) ?? 0) + 1);
  const top = new Set([...perSpeaker].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0])).slice(0, speakers).map(([s]) => s));
  const perArticle = new Map<string, number>();
  t.quotes.forEach((q, i) => { if (top.has(who[i]!)) perArticle.set(q.article, (perArticle.get(q.article) ?? 0) + 1); });
  const shown = new Set([...perArticle].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0])).slice(0, articles).map(([a]) => a));
  const cells = new Map<string, number>();
  t.quotes.forEach((q, i) => {
    if (!top.has(who[i]!) || !shown.has(q.article)) return;
    const k = `${who[i]}|${q.article}`;
    cells.set(k, (cells.get(k) ?? 0) + 1);
  });
  return { cells, speakers: perSpeaker.size, articles: new Set(t.quotes.map((q) => q.article)).size };
}
