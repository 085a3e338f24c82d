// Throughput of the events stage alone (not a test):  npx tsx test/events/bench.ts [dir]
// Runs the real pipeline once for mentions and dates, then times extractEvents over every article, warm.
import { extractEvents } from "../../loaders/events/index.js";
import { extractFolder } from "../../loaders/pipeline.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import type { ResolvedMention } from "../../loaders/types.js";

const dir = process.argv[2] ?? "data/articles";
const { tables } = await extractFolder(dir);
const actors = new Map(tables.actors.map((a) => [a.id, a]));
const kindOf = new Map(tables.actors.map((a) => [a.id, a.kind]));
const inputs = tables.articles.map((a) => ({
  doc: { id: a.id, text: a.text, published: a.published, sentences: splitSentences(a.text) },
  mentions: tables.mentions.filter((m) => m.article === a.id).map((m) => ({ ...m, kind: kindOf.get(m.actor)! }) as ResolvedMention),
  dates: tables.dates.filter((d) => d.article === a.id),
  words: a.words,
}));
const pass = () => {
  let n = 0;
  for (const i of inputs) n += extractEvents(i.doc, i.mentions, actors, i.dates).length;
  return n;
};
pass(); // warm-up: lexicon load, regex compile, JIT
// CPU time, not wall time: other processes on a shared machine must not count against the stage.
const reps = Number(process.env.REPS ?? 200), t0 = process.cpuUsage();
let events = 0;
for (let r = 0; r < reps; r++) events += pass();
const used = process.cpuUsage(t0);
const s = (used.user + used.system) / 1e6;
const words = inputs.reduce((a, i) => a + i.words, 0) * reps;
console.log(`events stage: ${inputs.length} articles × ${reps}, ${words.toLocaleString()} words, ${events / reps} events/pass in ${s.toFixed(2)} CPU s → ${Math.round(words / s).toLocaleString()} words/s`);
