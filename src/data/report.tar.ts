// The report's derived files, in one archive so Framework starts one process for
// them (each pays for importing the extractor): pages read them as
// data/report/<file>.
//   places.arrow      places and countries with gazetteer coordinates (Map)
//   sentences.arrow   every sentence with its offsets (joins rows to sentences)
//   meta.json         Dossier version, extraction time, corpus key (Overview's methods box)
//   countries-110m.json  world-atlas basemap, self-hosted
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { corpusTables } from "../../loaders/tables/corpus.js";
import { metaJSON } from "./lib/meta.js";
import { placesArrow } from "./lib/places.js";
import { sentencesArrow } from "./lib/sentences.js";
import { tar } from "./lib/tar.js";

const require = createRequire(import.meta.url);
const { tables } = await corpusTables();
process.stdout.write(tar({
  "places.arrow": placesArrow(tables),
  "sentences.arrow": sentencesArrow(tables),
  "meta.json": metaJSON(),
  "countries-110m.json": readFileSync(require.resolve("world-atlas/countries-110m.json")),
}));
