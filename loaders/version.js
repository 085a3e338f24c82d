// Plain JavaScript, not TypeScript: bin/dossier.js computes the version before any
// TypeScript loader exists, to start the CLI from the bundle of loaders/ built for
// these sources (bin/bundle.js). TypeScript modules import it through version.d.ts.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The source tree's loaders/ folder (a bundle rewrites import.meta.url to its source file's). */
export const LOADERS = dirname(fileURLToPath(import.meta.url));

// A bundle is built for one version and carries it (esbuild's define): it need not hash the sources again.
let version = typeof DOSSIER_BUNDLED_VERSION === "string" ? DOSSIER_BUNDLED_VERSION : undefined;
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

/** Where the bundle of this version of loaders/ lives (cli.js, worker.js); bin/bundle.js's options and its pattern rewrite (bin/boundaries.js) are part of the name. */
export const bundleDir = () => {
  let builder = "";
  try {
    const bin = join(LOADERS, "..", "bin");
    builder = createHash("sha256").update(readFileSync(join(bin, "bundle.js"))).update(readFileSync(join(bin, "boundaries.js"))).digest("hex").slice(0, 8);
  } catch {
    // no builder beside the sources: only an existing bundle can be used
  }
  return join(LOADERS, "..", ".dossier-cache", "bundle", `${extractorVersion()}-${builder}`);
};
