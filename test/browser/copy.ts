import { execSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { launch } from "./browser.js";
import { serve } from "./serve.js";
import { scratchDir } from "../scratch.js";

const REPO = resolve(".");

/**
 * The report built in a copy of the repository (node_modules linked) from another
 * corpus: its own dist/, Framework cache and extraction cache, so the main report
 * test's dist/ and a reporter's preview are never touched. `setup` writes the
 * corpus folder and anything under data/ (registry, corrections).
 */
export function buildCopy(prefix: string, setup: (corpus: string, data: string) => void): string {
  const root = scratchDir(prefix);
  for (const f of ["package.json", "observablehq.config.ts", "tsconfig.json"]) cpSync(join(REPO, f), join(root, f));
  for (const d of ["build", "loaders", "bin"]) cpSync(join(REPO, d), join(root, d), { recursive: true });
  cpSync(join(REPO, "src"), join(root, "src"), { recursive: true, filter: (s) => !s.includes(`${join(REPO, "src", ".observablehq")}`) });
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, "data"));
  mkdirSync(join(root, "corpus"));
  setup(join(root, "corpus"), join(root, "data"));
  execSync("npm run build", { cwd: root, stdio: "pipe", env: { ...process.env, DOSSIER_ARTICLES: join(root, "corpus") } });
  return root;
}

/** buildCopy's report served on 127.0.0.1 with a browser to visit it; `stop()` closes both and removes the copy. */
export async function servedCopy(prefix: string, setup: (corpus: string, data: string) => void) {
  const root = buildCopy(prefix, setup);
  const { url: origin, server } = await serve(join(root, "dist"));
  const browser: Browser = await launch();
  const stop = async () => {
    await browser.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  };
  return { root, origin, browser, stop };
}
