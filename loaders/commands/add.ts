import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { addArticle, indexCorpus } from "../corpus/add.js";

const USAGE = "usage: dossier add <file-or-folder>... [--outlet O] [--published YYYY-MM-DD] [--url U] [--title T] [--byline B] [--corpus data/articles] [--dry-run]";

/** `dossier add`: copy articles into the corpus with their sources.csv rows; refuse duplicates and bad input. */
export function run(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        outlet: { type: "string" }, published: { type: "string" }, url: { type: "string" }, title: { type: "string" },
        byline: { type: "string" }, language: { type: "string" }, corpus: { type: "string", default: "data/articles" },
        "dry-run": { type: "boolean", default: false },
      },
    });
  } catch (e) {
    console.error(`dossier add: ${(e as Error).message}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (!positionals.length) {
    console.error(USAGE);
    return 2;
  }
  const files = positionals.flatMap((p) =>
    existsSync(p) && statSync(p).isDirectory() ? readdirSync(p).filter((f) => f !== "sources.csv").sort().map((f) => join(p, f)) : [p],
  );
  const index = indexCorpus(resolve(values.corpus!));
  const dry = values["dry-run"]!;
  let refused = 0;
  for (const f of files) {
    const r = addArticle(index, f, values, dry);
    if (r.ok) console.log(`${dry ? "would add" : "added"} ${f} → ${join(values.corpus!, r.file)}`);
    else {
      refused++;
      console.error(`${f}: refused: ${r.reason}`);
    }
  }
  return refused ? 1 : 0;
}
