// Builds loaders/ into two ES modules with esbuild, the CLI's and the worker's,
// under .dossier-cache/bundle/<version>/: one file loads much faster than a tree of
// TypeScript through tsx's loader (the start of a short command, and of each
// worker). Packages stay outside the bundle; a source's import.meta.url becomes
// its own file's URL, relative to the bundle, so data files beside the sources
// (lexicons, weights) and package lookups resolve as from the source tree.
// Run as a script, it builds the bundle and exits (the worker pool does that,
// synchronously, when it starts before any bundle exists).
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleDir, extractorVersion, LOADERS } from "../loaders/version.js";
import { rewriteModule } from "./boundaries.js";

/** Old versions are removed when this old: a process may still be starting workers from one. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** The folder holding this version's cli.js and worker.js, built if missing. */
export async function bundle() {
  const dir = bundleDir();
  if (existsSync(join(dir, "worker.js"))) return dir;
  const tmp = `${dir}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const { build } = await import("esbuild");
    await build({
      entryPoints: { cli: join(LOADERS, "cli.ts"), worker: join(LOADERS, "parallel", "worker.ts") },
      outdir: tmp, bundle: true, splitting: true, platform: "node", format: "esm", target: "node20", packages: "external",
      // Node 20 reads every regex feature natively; lowered, a /\p{…}/u literal becomes a new RegExp each time its code runs.
      supported: { "regexp-unicode-property-escapes": true, "regexp-lookbehind-assertions": true, "regexp-named-capture-groups": true, "regexp-match-indices": true },
      logLevel: "silent", define: { DOSSIER_BUNDLED_VERSION: JSON.stringify(extractorVersion()) }, plugins: [ownUrls(dir)],
    });
    await fastPatterns(tmp);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another process built the same bundle first: use it.
      if (!existsSync(join(dir, "worker.js"))) throw e;
    }
    prune(dir);
    return dir;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Each source's import.meta.url as its own file's, found from the bundle's location. */
function ownUrls(dir) {
  return {
    name: "own-urls",
    setup(b) {
      b.onLoad({ filter: /[\\/]loaders[\\/].*\.[jt]s$/ }, ({ path }) => {
        const text = readFileSync(path, "utf8");
        const rel = relative(dir, path).split("\\").join("/");
        const contents = text.includes("import.meta.url") ? text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`) : text;
        return { contents, loader: path.endsWith(".ts") ? "ts" : "js" };
      });
    },
  };
}

/** The built modules' regex literals with their word boundaries in the form V8 runs fast (boundaries.js); as built without acorn. */
async function fastPatterns(dir) {
  let parse;
  try {
    ({ parse } = await import("acorn"));
  } catch {
    return;
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
    const p = join(dir, name);
    writeFileSync(p, rewriteModule(readFileSync(p, "utf8"), parse));
  }
}

function prune(keep) {
  const root = dirname(keep);
  for (const name of readdirSync(root)) {
    const p = join(root, name);
    try {
      if (p !== keep && Date.now() - statSync(p).mtimeMs > PRUNE_AFTER_MS) rmSync(p, { recursive: true, force: true });
    } catch {
      // removed by another process
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle();
