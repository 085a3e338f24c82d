import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { extractorVersion, LOADERS } from "../version.js";

// Worker threads start without the parent's TypeScript loader. Registering tsx
// in each worker routes every module through a loader-hooks thread: a good
// part of a worker's start (docs/performance.md), paid by the one worker that
// extracts the article a reporter just added. Instead the loaders/ tree is
// transformed to JavaScript once per extractor version (esbuild, as tsx does)
// into .dossier-cache/js/<version>/loaders/, data files copied alongside, so
// `new URL("./lexicon.csv", import.meta.url)` and package lookups resolve as in
// the source tree. When that folder cannot be written, workers use tsx.

const ROOT = join(LOADERS, "..", ".dossier-cache", "js");
/** Old versions are removed when this old: a process may still be starting workers from one. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

let url: URL | undefined;

/** The module a worker thread runs: the JavaScript mirror's worker, else the tsx entry. */
export function workerUrl(): URL {
  if (url) return url;
  // DOSSIER_NO_MIRROR (as for bin/dossier.js): what the mirror saves is measured without it (bench/build.ts).
  if (process.env.DOSSIER_NO_MIRROR) return (url = new URL("./worker-entry.js", import.meta.url));
  try {
    url = pathToFileURL(join(mirror(), "loaders", "parallel", "worker.js"));
  } catch {
    url = new URL("./worker-entry.js", import.meta.url);
  }
  return url;
}

function mirror(): string {
  const dir = join(ROOT, extractorVersion());
  if (existsSync(join(dir, "loaders", "parallel", "worker.js"))) return dir;
  const tmp = `${dir}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    // Required only for a new version, synchronously: this runs inside the Pool constructor.
    const { transformSync } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
    const copy = (from: string) => {
      for (const name of readdirSync(from)) {
        const src = join(from, name);
        const dst = join(tmp, "loaders", relative(LOADERS, src));
        if (statSync(src).isDirectory()) {
          mkdirSync(dst, { recursive: true });
          copy(src);
        } else if (name.endsWith(".d.ts")) {
          continue;
        } else if (name.endsWith(".ts")) {
          const { code } = transformSync(readFileSync(src, "utf8"), { loader: "ts", format: "esm", target: "node20", sourcefile: src });
          writeFileSync(dst.replace(/\.ts$/, ".js"), code);
        } else copyFileSync(src, dst);
      }
    };
    mkdirSync(join(tmp, "loaders"), { recursive: true });
    copy(LOADERS);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another process made the same mirror first: use it.
      if (!existsSync(join(dir, "loaders", "parallel", "worker.js"))) throw e;
    }
    prune(dir);
    return dir;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function prune(keep: string): void {
  for (const name of readdirSync(ROOT)) {
    const p = join(ROOT, name);
    try {
      if (p !== keep && Date.now() - statSync(p).mtimeMs > PRUNE_AFTER_MS) rmSync(p, { recursive: true, force: true });
    } catch {
      // removed by another process
    }
  }
}
