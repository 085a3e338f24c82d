// npm run bench: throughput of the extraction stages on a generated corpus.
import { formatBench, generateCorpus, loadSources, runBench } from "../loaders/clean/bench.js";

const count = Number(process.env.BENCH_ARTICLES ?? 2000);
const corpus = generateCorpus(loadSources(["data/articles", "test/fixtures/clean"]), count);
runBench(corpus.slice(0, 50)); // warm-up: JIT and lazy module state
console.log(formatBench(runBench(corpus)));
