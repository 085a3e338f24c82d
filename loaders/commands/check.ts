import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkCorpus } from "../corpus/check.js";

/** `dossier check`: every problem of the corpus, one line each; exit 1 when any is an error. */
export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        corpus: { type: "string", default: "data/articles" },
        registry: { type: "string", default: "data/actors.csv" },
        corrections: { type: "string", default: "data/corrections.csv" },
      },
    }));
  } catch (e) {
    console.error(`dossier check: ${(e as Error).message}`);
    return 2;
  }
  const problems = await checkCorpus({
    corpus: resolve(values.corpus!),
    registry: resolve(values.registry!),
    corrections: resolve(values.corrections!),
    cacheDir: existsSync(".dossier-cache") ? resolve(".dossier-cache/articles") : null,
  });
  for (const p of problems) console.error(`${p.file}: ${p.level}: ${p.message}`);
  const errors = problems.filter((p) => p.level === "error").length;
  console.error(`dossier check: ${errors} errors, ${problems.length - errors} warnings`);
  return errors ? 1 : 0;
}
