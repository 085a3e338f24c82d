// npm run bench:ner: the name tagger on CoNLL-2003's development part (eng.testa),
// two ways. (a) The tagger alone on CoNLL's own tokens, conlleval's exact span + type.
// (b) As a new user would: each document written as a plain article, run through
// `dossier extract`, mentions mapped back to the written sentences and scored by
// kind (docs/ner.md says exactly how). DOSSIER_BIN runs (b) with another checkout's
// bin/dossier.js (the before number); NER_TESTA points at another file.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConll, type ConllDoc } from "../loaders/actors/ner/conll.js";
import { featurizeDoc } from "../loaders/actors/ner/features.js";
import { spansFromTags, TYPES, type NerType, type Span } from "../loaders/actors/ner/labels.js";
import { decodeDoc } from "../loaders/actors/ner/model.js";
import { nerModel } from "../loaders/actors/ner/tagdoc.js";
import { alignParagraphs, writeSentences, type CharSpan } from "./nerarticles.js";
import { addSpans, emptyCounts, formatCounts, type TypedCounts } from "./nerscore.js";

const TESTA = process.env.NER_TESTA ?? "../shared/dev-corpora/conll2003/eng.testa";
const KIND_TYPE: Record<string, NerType> = { person: "PER", organization: "ORG", country: "LOC", place: "LOC", group: "MISC" };

function printCounts(report: (k: string, v: string) => void, label: string, c: TypedCounts, types: readonly string[]): void {
  for (const t of types) report(`${label} ${t}`, formatCounts(c[t]!));
  report(`${label} overall`, formatCounts(c.all!));
}

/** (a) The tagger alone: CoNLL tokens in, spans out. */
export function taggerOnTokens(docs: ConllDoc[]): { counts: TypedCounts; tokensPerSecond: number } {
  const counts = emptyCounts();
  const weights = nerModel();
  let tokens = 0;
  const t0 = performance.now();
  for (const doc of docs) {
    const tags = decodeDoc(weights, featurizeDoc(doc.map((s) => s.words), true));
    let t = 0;
    for (const s of doc) {
      addSpans(counts, spansFromTags(tags.subarray(t, t + s.words.length)), s.spans);
      t += s.words.length;
    }
    tokens += t;
  }
  return { counts, tokensPerSecond: tokens / ((performance.now() - t0) / 1000) };
}

interface Tables {
  articles: { id: string; text: string }[];
  mentions: { article: string; actor: string; start: number; end: number }[];
  actors: { id: string; kind: string }[];
}

function extract(docs: ConllDoc[], work: string): Tables {
  const dir = join(work, "articles"), out = join(work, "out");
  mkdirSync(dir, { recursive: true });
  docs.forEach((doc, i) => writeFileSync(join(dir, `testa-${String(i).padStart(3, "0")}.txt`), `${writeSentences(doc).map((s) => s.text).join("\n\n")}\n`));
  const bin = process.env.DOSSIER_BIN ?? "bin/dossier.js";
  const r = spawnSync(process.execPath, [bin, "extract", dir, "--out", out, "--quiet"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dossier extract failed: ${r.stderr}`);
  const read = (t: string) => JSON.parse(readFileSync(join(out, `${t}.json`), "utf8"));
  return { articles: read("articles"), mentions: read("mentions"), actors: read("actors") };
}

/**
 * (b) Mentions against gold names, per written sentence. `strict`: every CoNLL type,
 * group ↔ MISC. Otherwise PER/ORG/LOC only: what the contract expresses; a mention
 * lying exactly on a MISC name ("German" → Germany) is neither right nor wrong there.
 */
function scoreMentions(docs: ConllDoc[], tables: Tables, strict: boolean, keptOnly = false): TypedCounts {
  const counts = emptyCounts();
  const kind = new Map(tables.actors.map((a) => [a.id, a.kind]));
  const byArticle = new Map<string, Tables["mentions"]>();
  for (const m of tables.mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  docs.forEach((doc, i) => {
    const sentences = writeSentences(doc);
    const article = tables.articles.find((a) => a.id === `testa-${String(i).padStart(3, "0")}`);
    const predicted = sentences.map((): CharSpan[] => []);
    const aligned = article ? alignParagraphs(article.text, sentences) : [];
    const kept = new Set(aligned.map((x) => x.sentence));
    for (const { offset, sentence } of aligned) {
      const len = sentences[sentence]!.text.length;
      for (const m of byArticle.get(article!.id) ?? []) {
        const type = KIND_TYPE[kind.get(m.actor) ?? ""];
        if (type && m.start >= offset && m.end <= offset + len) predicted[sentence]!.push({ start: m.start - offset, end: m.end - offset, type });
      }
    }
    sentences.forEach((s, k) => {
      if (keptOnly && !kept.has(k)) return;
      const key = (x: CharSpan) => `${x.start}:${x.end}`;
      const misc = new Set(s.gold.filter((g) => g.type === "MISC").map(key));
      const gold = strict ? s.gold : s.gold.filter((g) => g.type !== "MISC");
      const pred = strict ? predicted[k]! : predicted[k]!.filter((p) => p.type !== "MISC" && !misc.has(key(p)));
      // Character spans stand in for token spans (addSpans only compares them); one mention per span and type.
      const asSpan = (x: CharSpan): Span => ({ a: x.start, b: x.end, type: x.type });
      const unique = new Map(pred.map((p) => [`${p.start}:${p.end}:${p.type}`, asSpan(p)]));
      addSpans(counts, [...unique.values()], gold.map(asSpan));
    });
  });
  return counts;
}

export function benchNer(report: (key: string, value: string) => void): void {
  const docs = readConll(TESTA);
  const a = taggerOnTokens(docs);
  printCounts(report, "NER testa (a) tagger on CoNLL tokens", a.counts, TYPES);
  report("NER tagger speed on CoNLL tokens (1 core, features + decoding)", `${Math.round(a.tokensPerSecond).toLocaleString("en-US")} tokens/s`);
  const work = mkdtempSync(join(tmpdir(), "dossier-ner-"));
  try {
    const tables = extract(docs, work);
    printCounts(report, "NER testa (b) dossier extract, PER/ORG/LOC", scoreMentions(docs, tables, false), ["PER", "ORG", "LOC"]);
    printCounts(report, "NER testa (b) dossier extract, all four (MISC ↔ group)", scoreMentions(docs, tables, true), TYPES);
    // The cleaner drops datelines and results tables as furniture: the names in the text it kept, apart.
    printCounts(report, "NER testa (b) dossier extract, PER/ORG/LOC, sentences the cleaner kept", scoreMentions(docs, tables, false, true), ["PER", "ORG", "LOC"]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchNer((k, v) => console.log(`${k}: ${v}`));
