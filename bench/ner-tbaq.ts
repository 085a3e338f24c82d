// npm run bench:ner-tbaq: names out of domain. The hand-annotated TBAQ names sets
// (test/devset/names-tbaq.jsonl and names-tbaq2.jsonl: US and other news
// 1989–2000, not Reuters 1996) run through `dossier extract` as plain articles, as
// bench/ner.ts part (b) does for testa, and scored the same way: a gold name counts
// when one mention has exactly its span and type. Each set is scored on its own,
// by type and by source. TBAQ1 is the tuning set: NER_TBAQ_ERRORS=1 lists its
// errors with their categories. TBAQ2 is blind: only its scores are printed, never
// its errors. NER_TBAQ_SETS=TBAQ1 runs one set; DOSSIER_BIN runs another
// checkout's bin/dossier.js.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Span } from "../loaders/actors/ner/labels.js";
import { loadNameSet, NAME_SETS, NAME_TYPES, type GoldName, type NameDoc, type NameSet, type NameType } from "./devset/names-tbaq.js";
import { addSpans, emptyCounts, formatCounts, type TypedCounts } from "./nerscore.js";

const KIND_TYPE: Record<string, NameType> = { person: "PER", organization: "ORG", country: "LOC", place: "LOC", group: "MISC" };

interface Tables {
  articles: { id: string; text: string }[];
  mentions: { article: string; actor: string; start: number; end: number }[];
  actors: { id: string; kind: string }[];
}

/** A mention mapped back into the corpus text, with the type its actor's kind gives. */
export interface Predicted extends GoldName { surface: string }

export function extract(docs: NameDoc[], work: string): Tables {
  const dir = join(work, "articles"), out = join(work, "out");
  mkdirSync(dir, { recursive: true });
  for (const d of docs) writeFileSync(join(dir, `${d.id}.txt`), d.text);
  const bin = process.env.DOSSIER_BIN ?? "bin/dossier.js";
  const r = spawnSync(process.execPath, [bin, "extract", dir, "--out", out, "--quiet"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dossier extract failed: ${r.stderr}`);
  const read = (t: string) => JSON.parse(readFileSync(join(out, `${t}.json`), "utf8"));
  return { articles: read("articles"), mentions: read("mentions"), actors: read("actors") };
}

/**
 * Each paragraph of articles.text found in the corpus text, in order: [article offset,
 * corpus offset, length]. The cleaner keeps a paragraph's characters as they were (it
 * drops furniture, never rewrites), so an exact search is enough; a paragraph it
 * rewrote or dropped is not found, and its gold names count as missed, as on testa.
 */
export function alignText(article: string, corpus: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  let cursor = 0, offset = 0;
  for (const para of article.split("\n\n")) {
    const body = para.trim();
    const at = body ? corpus.indexOf(body, cursor) : -1;
    if (at >= 0) {
      out.push([offset + para.indexOf(body), at, body.length]);
      cursor = at + body.length;
    }
    offset += para.length + 2;
  }
  return out;
}

/** Every document's mentions as corpus spans, and the corpus ranges the cleaner kept. */
export function predictions(docs: NameDoc[], t: Tables): Map<string, { pred: Predicted[]; kept: [number, number][] }> {
  const kind = new Map(t.actors.map((a) => [a.id, a.kind]));
  const res = new Map<string, { pred: Predicted[]; kept: [number, number][] }>();
  for (const d of docs) {
    const article = t.articles.find((a) => a.id === d.id);
    const blocks = article ? alignText(article.text, d.text) : [];
    const pred: Predicted[] = [];
    for (const m of t.mentions.filter((m) => m.article === d.id)) {
      const type = KIND_TYPE[kind.get(m.actor) ?? ""];
      const b = blocks.find(([a, , n]) => m.start >= a && m.end <= a + n);
      if (!type || !b) continue;
      const start = m.start - b[0] + b[1], end = m.end - b[0] + b[1];
      pred.push({ start, end, type, surface: d.text.slice(start, end) });
    }
    const unique = new Map(pred.map((p) => [`${p.start}:${p.end}:${p.type}`, p]));
    res.set(d.id, { pred: [...unique.values()].sort((a, b) => a.start - b.start), kept: blocks.map(([, c, n]) => [c, c + n]) });
  }
  return res;
}

const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;

/** The gold and predicted names one reading scores: `strict` every type (MISC ↔ group), else PER/ORG/LOC as in bench/ner.ts. */
export function reading(gold: GoldName[], pred: Predicted[], strict: boolean): { gold: GoldName[]; pred: Predicted[] } {
  if (strict) return { gold, pred };
  const misc = new Set(gold.filter((g) => g.type === "MISC").map(key));
  return { gold: gold.filter((g) => g.type !== "MISC"), pred: pred.filter((p) => p.type !== "MISC" && !misc.has(key(p))) };
}

/**
 * The same names with an abbreviation's final full stop left off ("Inc." → "Inc", "Calif."
 * → "Calif"): CoNLL's token keeps it, Dossier trims punctuation off span edges by design
 * (docs/ner.md). A second reading, so that convention is not mistaken for the tagger's errors.
 */
export function withoutFinalStop<T extends GoldName>(text: string, xs: T[]): T[] {
  return xs.map((x) => (text[x.end - 1] === "." && x.end - x.start > 1 ? { ...x, end: x.end - 1 } : x));
}

function score(docs: NameDoc[], preds: ReturnType<typeof predictions>, strict: boolean, forgiveStop = false): TypedCounts {
  const counts = emptyCounts();
  const asSpan = (x: GoldName): Span => ({ a: x.start, b: x.end, type: x.type });
  for (const d of docs) {
    const r = reading(d.names, preds.get(d.id)!.pred, strict);
    const fix = <T extends GoldName>(xs: T[]) => (forgiveStop ? withoutFinalStop(d.text, xs) : xs);
    addSpans(counts, fix(r.pred).map(asSpan), fix(r.gold).map(asSpan));
  }
  return counts;
}

export interface NameError { doc: string; category: string; cause: string; gold: string; found: string; context: string }

/**
 * Each error of the PER/ORG/LOC reading with a coarse category, decided from spans alone:
 * dropped (the cleaner did not keep the text), wrong type (same span), span too long /
 * too short / shifted (overlapping, same type), span and type wrong, missed (no overlap),
 * spurious (a mention over no gold name). Finer causes (all caps, headline, …) are read off this list.
 */
export function categorise(docs: NameDoc[], preds: ReturnType<typeof predictions>): NameError[] {
  const errors: NameError[] = [];
  for (const d of docs) {
    const { pred: all, kept } = preds.get(d.id)!;
    const r = reading(d.names, all, false);
    const ctx = (s: number, e: number) => d.text.slice(Math.max(0, s - 40), e + 40).replace(/\s+/g, " ");
    const show = (x: GoldName) => `${d.text.slice(x.start, x.end)}|${x.type}`;
    const exact = new Set(r.pred.map((p) => `${key(p)}:${p.type}`));
    for (const g of r.gold) {
      if (exact.has(`${key(g)}:${g.type}`)) continue;
      const over = r.pred.filter((p) => p.start < g.end && g.start < p.end);
      const same = over.find((p) => key(p) === key(g));
      const typed = over.find((p) => p.type === g.type);
      const category = !kept.some(([s, e]) => g.start >= s && g.end <= e) ? "dropped by the cleaner"
        : same ? `wrong type (${g.type} as ${same.type})`
        : typed ? (typed.start <= g.start && typed.end >= g.end ? "span too long" : typed.start >= g.start && typed.end <= g.end ? "span too short" : "span shifted")
        : over.length ? "span and type wrong" : "missed";
      errors.push({ doc: d.id, category, cause: cause(d.text, category, g, over), gold: show(g), found: over.map(show).join(" ; ") || "-", context: ctx(g.start, g.end) });
    }
    for (const p of r.pred)
      if (!r.gold.some((g) => g.start < p.end && p.start < g.end) && !d.names.some((g) => g.type === "MISC" && g.start < p.end && p.start < g.end))
        errors.push({ doc: d.id, category: "spurious", cause: cause(d.text, "spurious", p, []), gold: "-", found: show(p), context: ctx(p.start, p.end) });
  }
  return errors;
}

/**
 * A finer cause for one error, by the first rule that fits (so each error has one).
 * Read off the error list of the first run; the rules look at the text only, never at a
 * document's name, and serve to count, not to fix anything.
 */
export function cause(text: string, category: string, x: GoldName, over: Predicted[]): string {
  const surface = text.slice(x.start, x.end);
  if (category === "dropped by the cleaner") return "dateline dropped by the cleaner";
  if (category === "spurious") return /^[A-Z]{2}$/.test(surface) && text[x.start - 1] === "&" ? "spurious: wire code (&UR; &LR;)" : "spurious: a capitalised common word or term";
  if (category.startsWith("wrong type")) return `type confused: ${category.replace(/^wrong type \((.*)\)$/, "$1")}`;
  if (surface.endsWith(".") && over.some((p) => p.start === x.start && p.end === x.end - 1 && p.type === x.type)) return "abbreviation's final full stop left off (Inc., Corp., Calif.)";
  if (text[x.start - 1] === "-" || text[x.end] === "-") return "name inside a hyphenated word (anti-Castro, Atlanta-based, BellSouth-LIN)";
  if (over.some((p) => p.start <= x.start && p.end >= x.end && p.end - p.start > x.end - x.start)) return "span runs past the name (into 'and …', a title, the next name)";
  if (/\s(?:and|amp|of|es|to|the)\s|,/.test(surface)) return "name with a lower-case word or comma inside, split or cut (and, amp, of, es)";
  if (/'s\b/.test(surface)) return "name ending in 's cut at the apostrophe (Shoney's, Barron's)";
  if (/\w-\w/.test(surface)) return "hyphenated name cut at the hyphen (ITAR-Tass)";
  if (over.some((p) => p.type === x.type && (p.end === x.end || (surface.endsWith(".") && p.end === x.end - 1)) && p.start > x.start)) return "first word, a common word, left off (Total Assets, Consolidated Freightways, South Florida)";
  if (/^[A-Z]\./.test(surface)) return "person written with initials (J.C. Matlock), cut or missed";
  if (category === "span and type wrong") return "span and type both wrong";
  if (category === "missed") return `missed ${x.type}`;
  return category;
}

/** The news source an article id names: the Wall Street Journal (`wsj_`, `WSJ`), AP (`AP`, `APW`), else its letter prefix (NYT, XIE, ABC, VOA, CNN, PRI). */
export function source(id: string): string {
  if (/^wsj/i.test(id)) return "WSJ";
  if (/^AP/.test(id)) return "AP";
  return /^[A-Z]+/.exec(id)?.[0] ?? id;
}

/** One set scored: every reading by type, the main reading by source; its errors (printed for a tuning set only). */
export function benchNameSet(set: NameSet, report: (key: string, value: string) => void, listErrors: boolean): NameError[] {
  const docs = loadNameSet(set.fixture);
  const work = mkdtempSync(join(tmpdir(), "dossier-ner-tbaq-"));
  try {
    const preds = predictions(docs, extract(docs, work));
    const label = `NER ${set.name} names (${docs.length} articles, hand-annotated) dossier extract`;
    const print = (name: string, c: TypedCounts, types: readonly string[]) => {
      for (const t of types) report(`${label}, ${name} ${t}`, formatCounts(c[t]!));
      report(`${label}, ${name} overall`, formatCounts(c.all!));
    };
    print("PER/ORG/LOC", score(docs, preds, false), ["PER", "ORG", "LOC"]);
    print("all four (MISC ↔ group)", score(docs, preds, true), NAME_TYPES);
    print("PER/ORG/LOC, a final full stop forgiven", score(docs, preds, false, true), ["PER", "ORG", "LOC"]);
    print("all four, a final full stop forgiven", score(docs, preds, true, true), NAME_TYPES);
    const sources = [...new Set(docs.map((d) => source(d.id)))].sort();
    for (const src of sources) {
      const some = docs.filter((d) => source(d.id) === src);
      report(`${label}, PER/ORG/LOC by source ${src} (${some.length} articles)`, formatCounts(score(some, preds, false).all!));
    }
    if (!listErrors) return [];
    const errors = categorise(docs, preds);
    const tally = new Map<string, number>();
    for (const e of errors) tally.set(e.category, (tally.get(e.category) ?? 0) + 1);
    for (const [c, n] of [...tally].sort((a, b) => b[1] - a[1])) report(`${label}, PER/ORG/LOC errors: ${c}`, String(n));
    const causes = new Map<string, number>();
    for (const e of errors) causes.set(e.cause, (causes.get(e.cause) ?? 0) + 1);
    for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) report(`${label}, PER/ORG/LOC errors by cause: ${c}`, String(n));
    return errors;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Both sets (or those NER_TBAQ_SETS names); the errors of TBAQ1, the tuning set, only. */
export function benchNerTbaq(report: (key: string, value: string) => void): NameError[] {
  const wanted = process.env.NER_TBAQ_SETS?.split(",");
  const errors: NameError[] = [];
  for (const set of NAME_SETS.filter((s) => !wanted || wanted.includes(s.name)))
    errors.push(...benchNameSet(set, report, set.name === "TBAQ1"));
  return errors;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const errors = benchNerTbaq((k, v) => console.log(`${k}: ${v}`));
  if (process.env.NER_TBAQ_ERRORS) for (const e of errors) console.log(`${e.category}\t${e.cause}\t${e.gold}\t${e.found}\t${e.doc}\t${e.context}`);
}
