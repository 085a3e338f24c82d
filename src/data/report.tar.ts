// The report's derived files, in one archive so Framework starts one process for
// them (each pays for importing the extractor): pages read them as
// data/report/<file>.
//   places.arrow      places and countries with gazetteer coordinates (Map)
//   sentences.arrow   every sentence with its offsets (joins rows to sentences)
//   meta.json         Dossier version, extraction time, corpus key (Overview's methods box)
//   countries-110m.json  world-atlas basemap, self-hosted
//   snapshot-<page>.json the rows each page draws first (lib/snapshot.ts)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { corpusTables } from "../../loaders/tables/corpus.js";
import { TABLE_NAMES, type Tables } from "../../loaders/types.js";
import { metaJSON } from "./lib/meta.js";
import { placeRows, placesArrow } from "./lib/places.js";
import { sentencesArrow } from "./lib/sentences.js";
import { snapshotFiles } from "./lib/snapshot.js";
import { tar } from "./lib/tar.js";

const require = createRequire(import.meta.url);
// The tables the table loaders read (loaders/tables/loader.ts): DOSSIER_TABLES when set.
const tables: Tables = process.env.DOSSIER_TABLES
  ? (Object.fromEntries(TABLE_NAMES.map((t) => [t, JSON.parse(readFileSync(join(resolve(process.env.DOSSIER_TABLES!), `${t}.json`), "utf8"))])) as unknown as Tables)
  : (await corpusTables()).tables;
const places = placeRows(tables);
const snapshots = await snapshotFiles(tables, places);
process.stdout.write(tar({
  "places.arrow": placesArrow(places),
  "sentences.arrow": sentencesArrow(tables),
  "meta.json": metaJSON(),
  "countries-110m.json": readFileSync(require.resolve("world-atlas/countries-110m.json")),
  ...Object.fromEntries(Object.entries(snapshots).map(([f, json]) => [`snapshot-${f}`, json])),
}));
