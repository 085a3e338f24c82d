// The report's provenance for the methods box: Dossier's version, when the tables
// were extracted (the corpus cache entry's time, which changes only when the
// articles, registries or extractor change), and the cache key naming that input.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO, corpusKey } from "../../../loaders/tables/corpus.js";

/** Provenance as JSON; call after corpusTables() so the cache entry exists. */
export function metaJSON(): string {
  const key = corpusKey();
  const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
  let extracted: string;
  try {
    extracted = statSync(join(REPO, ".dossier-cache", "corpus", `${key}.json`)).mtime.toISOString();
  } catch {
    extracted = new Date().toISOString();
  }
  return JSON.stringify({ version: pkg.version, extracted, corpusKey: key });
}
