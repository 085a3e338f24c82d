// Dev tool, not a test: scores the events stage alone on the seed articles, with
// actor mentions built from the gold actor/place names (plus country demonyms from
// world-countries) and date rows from the gold date expressions, so the events
// logic can be measured before the actors and dates stages exist.
//   npx tsx test/events/gold-harness.ts [--verbose]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import countries from "world-countries";
import { extractEvents } from "../../loaders/events/index.js";
import { extractFolder } from "../../loaders/pipeline.js";
import { slug } from "../../loaders/text/ids.js";
import type { ActorKind, ActorRow, DateRow, EventRow, ResolvedMention } from "../../loaders/types.js";

const shared = join(import.meta.dirname, "../../../shared");
const verbose = process.argv.includes("--verbose");
const { tables } = await extractFolder(join(shared, "seeds"));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
let tp = 0, np = 0, ng = 0, dOk = 0, dN = 0, words = 0, ms = 0;

for (const f of readdirSync(join(shared, "gold")).filter((f) => f.endsWith(".json"))) {
  const gold = JSON.parse(readFileSync(join(shared, "gold", f), "utf8"));
  const art = tables.articles.find((a) => a.id === f.replace(/\.json$/, ""))!;
  const text = art.text;
  const actors = new Map<string, ActorRow>();
  const forms: [string, string, ActorKind][] = [];
  const add = (name: string, kind: ActorKind, iso: string | null, aliases: string[]) => {
    const id = slug(name);
    if (!actors.has(id)) actors.set(id, { id, name, kind, aliases, country: iso, role: null, mentions: 0, articles: 1 });
    for (const s of [name, ...aliases]) forms.push([s, id, kind]);
  };
  for (const a of gold.actors) add(a.name, a.kind, a.country, a.aliases);
  for (const p of gold.places) add(p.name, p.type === "country" ? "country" : "place", p.country, p.aliases);
  for (const c of countries as unknown as { name: { common: string }; demonyms?: { eng?: { m: string } } }[]) {
    const id = slug(c.name.common);
    if (actors.has(id) && c.demonyms?.eng?.m) forms.push([c.demonyms.eng.m, id, "country"]);
  }
  forms.sort((a, b) => b[0].length - a[0].length);
  const mentions: ResolvedMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const [s, id, kind] of forms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${esc(s)}(?![\\p{L}])`, "gu"))) {
      const start = m.index!, end = start + s.length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      mentions.push({ article: art.id, actor: id, start, end, text: s, sentence: 0, kind });
    }
  }
  const dates: DateRow[] = [];
  for (const e of gold.events) {
    if (!e.date_text || !e.date) continue;
    const at = text.indexOf(e.date_text);
    if (at >= 0 && !dates.some((d) => d.start === at)) dates.push({ article: art.id, text: e.date_text, value: e.date, start: at, end: at + e.date_text.length });
  }
  const doc = { id: art.id, text, published: art.published, sentences: (await import("../../loaders/text/sentences.js")).splitSentences(text) };
  const t0 = performance.now();
  const events: EventRow[] = extractEvents(doc, mentions, actors, dates);
  ms += performance.now() - t0;
  words += art.words;
  const forms2 = (id: string | null) => (id ? [actors.get(id)!.name, ...actors.get(id)!.aliases] : []);
  const agrees = (g: string | null, p: string | null) => !!g && !!p && forms2(p).some((x) => forms2(slug(g)).includes(x));
  const used = new Set<number>();
  for (const g of gold.events) {
    const j = events.findIndex((p, k) => !used.has(k) && p.type === g.type && (agrees(g.source, p.source) || agrees(g.target, p.target)));
    if (j >= 0) {
      used.add(j);
      tp++;
      if (g.date) (dN++, events[j]!.date === g.date && dOk++);
    }
    if (verbose) console.log(j >= 0 ? "  hit " : "  MISS", g.type, g.source, "→", g.target, g.date ?? "", j >= 0 ? `(pred date ${events[j]!.date})` : "", "|", g.text.slice(0, 70));
  }
  const grep = process.argv.find((a) => a.startsWith("--grep="))?.slice(7);
  if (grep) for (const s of doc.sentences) {
    const st = text.slice(s.start, s.end);
    if (!st.includes(grep)) continue;
    console.log("SENT", st, "\n  mentions:", mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => `${m.text}[${m.kind}]`).join(", "));
    for (const e of events) if (e.start >= s.start && e.end <= s.end) console.log("  ->", e.type, e.source, "→", e.target, e.mode, "|", e.trigger, e.date);
  }
  if (verbose) events.forEach((p, k) => used.has(k) || console.log("  FP  ", p.type, p.source, "→", p.target, p.mode, "|", text.slice(p.start, p.end).slice(0, 90)));
  np += events.length;
  ng += gold.events.length;
  console.log(`${art.id}: ${used.size}/${gold.events.length} (pred ${events.length})`);
}
const p = tp / np, r = tp / ng;
console.log(`events P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)} (${tp}/${np}/${ng}); events.date ${(dOk / dN).toFixed(3)} (${dOk}/${dN}); ${Math.round(words / (ms / 1000))} words/s`);
