// Loaded with `node --import` by `npm run dev`. Framework re-runs a data loader
// only when the loader file is newer than its cached output, and it does not
// know our loaders read data/articles, data/actors.csv and data/corrections.csv.
// So when anything under data/ changes, touch the table loaders: Framework
// sees them change, re-runs them (the per-article cache makes that quick) and
// reloads the open pages.
import { readdirSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";

const LOADERS = join("src", "data");
let timer;
try {
  watch("data", { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = new Date();
      for (const f of readdirSync(LOADERS)) if (/\.(arrow|json|csv)\.(ts|js)$/.test(f)) utimesSync(join(LOADERS, f), now, now);
    }, 300);
  }).unref();
} catch (e) {
  console.warn(`dossier: not watching data/ (${e.message}); restart npm run dev after adding articles`);
}
