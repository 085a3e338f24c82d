// The report's derived files, in one archive so Framework starts one process for
// them (each pays for importing the extractor): pages read them as
// data/report/<file>.
//   places.arrow      places and countries with gazetteer coordinates (Map)
//   sentences.arrow   every sentence with its offsets (joins rows to sentences)
//   event-sentences.arrow, figure-sentences.arrow  only the sentences holding an event / a figure:
//                     the Events and Figures pages load them as `sentences` (their joins match no other)
//   articles.arrow    the articles table without its text, with its `lede` (stand-in title): every page but Sources loads it as
//                     `articles` (at 10,000 articles 4 MB instead of 22 MB for DuckDB-WASM to take in)
//   meta.json         Dossier version, extraction time, corpus key (Overview's methods box)
//   countries-110m.json  world-atlas basemap, self-hosted
//   snapshot-<page>.json the rows each page draws first (lib/snapshot.ts)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { corpusTables } from "../../loaders/tables/corpus.js";
import { toArrow } from "../../loaders/tables/write.js";
import { TABLE_NAMES, type Tables } from "../../loaders/types.js";
import { withLedes } from "./lib/lede.js";
import { metaJSON } from "./lib/meta.js";
import { placeRows, placesArrow } from "./lib/places.js";
import { holding, sentenceRows, sentencesArrow } from "./lib/sentences.js";
import { snapshotFiles } from "./lib/snapshot.js";
import { tar } from "./lib/tar.js";

const require = createRequire(import.meta.url);
// The tables the table loaders read (loaders/tables/loader.ts): DOSSIER_TABLES when set.
const tables: Tables = process.env.DOSSIER_TABLES
  ? (Object.fromEntries(TABLE_NAMES.map((t) => [t, JSON.parse(readFileSync(join(resolve(process.env.DOSSIER_TABLES!), `${t}.json`), "utf8"))])) as unknown as Tables)
  : (await corpusTables()).tables;
const places = placeRows(tables);
const sentences = sentenceRows(tables);
const snapshots = await snapshotFiles(tables, places, sentences);
// With each article's `lede` (its stand-in title, lib/lede.ts); the snapshots add it too.
const articles = tableFromIPC(toArrow("articles", withLedes(tables.articles)));
process.stdout.write(tar({
  "places.arrow": placesArrow(places),
  "sentences.arrow": sentencesArrow(sentences),
  "event-sentences.arrow": sentencesArrow(holding(sentences, tables.events)),
  "figure-sentences.arrow": sentencesArrow(holding(sentences, tables.figures)),
  "articles.arrow": tableToIPC(articles.select(articles.schema.fields.map((f) => f.name).filter((c) => c !== "text")), "stream"),
  "meta.json": metaJSON(),
  "countries-110m.json": readFileSync(require.resolve("world-atlas/countries-110m.json")),
  ...Object.fromEntries(Object.entries(snapshots).map(([f, json]) => [`snapshot-${f}`, json])),
}));
