import { createHash } from "node:crypto";
import { execSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateCorpus } from "../../bench/corpus.js";

const REPO = resolve(".");
const CACHE = join(REPO, ".scratch", "bench-report");
const INPUTS = ["src", "build", "loaders", "bin", "package.json", "observablehq.config.ts", "data/actors.csv", "data/corrections.csv"];

function digest(path: string, h = createHash("sha256")): ReturnType<typeof createHash> {
  if (!existsSync(path)) return h;
  if (statSync(path).isDirectory()) {
    for (const e of readdirSync(path).sort()) if (e !== ".observablehq" && e !== "node_modules") digest(join(path, e), h);
  } else h.update(path.slice(REPO.length)).update(readFileSync(path));
  return h;
}

/**
 * dist/ of the report built from a generated corpus of `count` articles (bench/corpus.ts,
 * fixed seed), cached in .scratch/bench-report/ under a hash of everything the build reads:
 * a 10,000-article build takes minutes, and the benchmark reruns far more often than the code changes.
 */
export function largeDist(count: number): string {
  const h = createHash("sha256").update(String(count));
  for (const p of INPUTS) digest(join(REPO, p), h);
  const dist = join(CACHE, `dist-${count}-${h.digest("hex").slice(0, 16)}`);
  if (existsSync(dist)) return dist;
  const root = join(CACHE, "repo");
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const p of ["package.json", "observablehq.config.ts", "tsconfig.json", "build", "loaders", "bin", "src"])
    cpSync(join(REPO, p), join(root, p), { recursive: true, filter: (s) => !s.includes(join(REPO, "src", ".observablehq")) });
  mkdirSync(join(root, "data"));
  for (const f of ["actors.csv", "corrections.csv"]) if (existsSync(join(REPO, "data", f))) cpSync(join(REPO, "data", f), join(root, "data", f));
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
  generateCorpus(join(root, "corpus"), count, 42);
  console.error(`building the report from ${count} generated articles (minutes; cached in ${CACHE})…`);
  execSync("npm run build", { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DOSSIER_ARTICLES: join(root, "corpus") } });
  renameSync(join(root, "dist"), dist);
  rmSync(root, { recursive: true, force: true });
  return dist;
}
