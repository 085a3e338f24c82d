// Plain JavaScript, not TypeScript: bin/dossier.js computes the version before any
// TypeScript loader exists, to start the CLI from the bundle of loaders/ built for
// these sources (bin/bundle.js). TypeScript modules import it through version.d.ts.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The source tree's loaders/ folder (a bundle rewrites import.meta.url to its source file's). */
export const LOADERS = dirname(fileURLToPath(import.meta.url));

/** A file changed this recently may change again within its clock's tick without its times moving: no memo is kept then. */
const SETTLED_MS = 2000;

// A bundle is built for one version and carries it (esbuild's define): it need not hash the sources again.
let version = typeof DOSSIER_BUNDLED_VERSION === "string" ? DOSSIER_BUNDLED_VERSION : undefined;
/**
 * The extractor's version for cache keys: a hash of every file under loaders/
 * (code, lexicons, stopword lists). Editing a loader invalidates exactly the
 * cached rows it could change — all of them — without a version number to bump.
 */
export function extractorVersion() {
  return (version ??= versionOf(LOADERS, join(LOADERS, "..", ".dossier-cache", "version-memo.json")));
}

/**
 * The hash of every file under `dir` (names and contents, in sorted order), read from the memo at
 * `memo` when every file's path, size, modification and change times and inode are those the memo
 * was made from; otherwise hashed, and the memo written (when it can be) for the next start.
 */
export function versionOf(dir, memo, settledMs = SETTLED_MS) {
  const files = [];
  const list = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = resolve(d, name);
      const s = statSync(p);
      if (s.isDirectory()) list(p);
      else files.push({ name, p, s });
    }
  };
  list(dir);
  const key = createHash("sha256");
  for (const { p, s } of files) key.update(`${p}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n`);
  const stamp = key.digest("hex");
  const kept = readMemo(memo);
  if (kept?.stamp === stamp) return kept.version;
  const h = createHash("sha256");
  for (const { name, p } of files) h.update(name).update("\0").update(readFileSync(p));
  const v = h.digest("hex").slice(0, 16);
  const now = Date.now();
  const settled = files.every(({ s }) => now - s.mtimeMs > settledMs && now - s.ctimeMs > settledMs);
  if (settled) writeMemo(memo, { stamp, version: v });
  return v;
}

function readMemo(path) {
  try {
    const m = JSON.parse(readFileSync(path, "utf8"));
    return typeof m?.stamp === "string" && typeof m.version === "string" ? m : undefined;
  } catch {
    return undefined;
  }
}

function writeMemo(path, memo) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(memo));
    renameSync(tmp, path);
  } catch {
    // a read-only checkout: hashed again at the next start
  }
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
