import { existsSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import { extractFolder } from "../pipeline.js";
import { splitSentences } from "../text/sentences.js";
import type { Doc } from "../types.js";
import { resolveActors } from "../actors/index.js";
import { MERGE_AT } from "../actors/rows.js";

const USAGE = "usage: dossier actors --suggest <input-dir> [--registry data/actors.csv]";

/** `dossier actors --suggest <dir>`: merges the resolver was unsure about, with the evidence, for a reporter to settle in data/actors.csv. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { suggest: { type: "boolean", default: false }, registry: { type: "string" } } });
  } catch (e) {
    console.error(`dossier actors: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.suggest || positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const input = resolvePath(positionals[0]!);
  const registryPath = values.registry ?? (existsSync("data/actors.csv") ? resolvePath("data/actors.csv") : null);
  const { tables, problems } = await extractFolder(input, { registryPath: null });
  for (const p of problems.filter((p) => p.level === "error")) console.error(`${p.file}: ${p.level}: ${p.message}`);
  const docs: Doc[] = tables.articles.map((a) => ({ id: a.id, text: a.text, published: a.published, sentences: splitSentences(a.text) }));
  const registryProblems: typeof problems = [];
  const { suggestions } = resolveActors(docs, { registryPath, problems: registryProblems });
  for (const p of registryProblems) console.error(`${p.file}: ${p.level}: ${p.message}`);
  if (!suggestions.length) {
    console.log(`no uncertain merges among ${docs.length} articles`);
    return 0;
  }
  console.log(`${suggestions.length} possible merges (merged automatically at similarity ≥ ${MERGE_AT}); to merge, add the spelling to the actor's aliases in data/actors.csv; to keep apart, list the other id in distinct_from.`);
  for (const s of suggestions) {
    console.log(`${s.score.toFixed(2)}  "${s.a}" ~ "${s.b}"`);
    for (const e of s.evidence) console.log(`      ${e}`);
  }
  return 0;
}
