// Plain JavaScript, not TypeScript: bin/dossier.js computes the version before any
// TypeScript loader exists, to start the CLI from the JavaScript mirror of loaders/
// (parallel/mirror.ts) when one matches the sources — tsx's loader is a large part of
// a short command's time. TypeScript modules import it through version.d.ts.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// A mirror lives in <repo>/.dossier-cache/js/<version>/loaders and is named by the version it was made from.
const mirrored = /[\\/]\.dossier-cache[\\/]js[\\/]([0-9a-f]{16})[\\/]loaders$/.exec(here);

/** The source tree's loaders/ folder, also when this module runs from the mirror. */
export const LOADERS = mirrored ? resolve(here, "..", "..", "..", "..", "loaders") : here;

let version = mirrored ? mirrored[1] : undefined;
/**
 * The extractor's version for cache keys: a hash of every file under loaders/
 * (code, lexicons, stopword lists). Editing a loader invalidates exactly the
 * cached rows it could change — all of them — without a version number to bump.
 */
export function extractorVersion() {
  if (version) return version;
  const h = createHash("sha256");
  const feed = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = resolve(dir, name);
      if (statSync(p).isDirectory()) feed(p);
      else h.update(name).update("\0").update(readFileSync(p));
    }
  };
  feed(LOADERS);
  return (version = h.digest("hex").slice(0, 16));
}
