// Runs after `observable build`: makes dist/ fit static hosts and reports its size.
//  1. Framework copies DuckDB's wasm builds for platforms the config turns off
//     (libraries.js always adds "mvp"); the client never loads those, so they
//     are removed. We ship "mvp" only: recent Chromium no longer runs the "eh"
//     build's legacy wasm exceptions, and mvp runs everywhere.
//  2. DuckDB's wasm is stored gzipped under its own name (build/wasm-gzip.js: its
//     worker gunzips it), so no file is over the 25 MB static hosts accept.
//  3. Text files get precompressed .br and .gz siblings, for hosts that
//     serve them (nginx gzip_static/brotli_static, Netlify, S3+CloudFront).
//  4. A size report: total, DuckDB's share, largest file; a file over 25 MB fails the build.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import config from "../observablehq.config.ts";
import { gzipWasm } from "./wasm-gzip.js";

const DIST = "dist";
const COMPRESS = /\.(js|css|html|arrow|json|svg|csv|txt)$/;
const DUCKDB_WASM = /duckdb-wasm@[^/]+\/dist\/duckdb-[\w-]+\.wasm$/;
// Cloudflare Pages' limit per file, the smallest among common static hosts.
const MAX_FILE = 25 * 1024 * 1024;

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

const platforms = config.duckdb?.platforms ?? { mvp: true, eh: true };
for (const platform of ["mvp", "eh"].filter((p) => !platforms[p])) {
  const unused = new RegExp(`duckdb-(${platform}\\.wasm|browser-${platform}\\.worker\\.[^/]*js)$`);
  for (const f of files(DIST)) if (unused.test(f)) rmSync(f);
}

for (const f of files(DIST).filter((f) => DUCKDB_WASM.test(f))) writeFileSync(f, gzipWasm(readFileSync(f)));

// --- Content-Security-Policy (build/csp.js) ---------------------------------
// Each page's meta tag gets the hashes of that page's own inline scripts (the
// cells' module and the sidebar script); dist/_headers carries the same policy
// for hosts that read it, with every page's hashes and the header-only
// directives. A page without the tag fails the build: it would ship unprotected.
{
  const { META_PREFIX, cspMeta, inlineScriptHashes, policy } = await import("./csp.js");
  const all = new Set();
  for (const f of files(DIST).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(f, "utf8");
    const at = html.indexOf(META_PREFIX);
    if (at < 0) throw new Error(`postbuild: ${f} has no Content-Security-Policy meta tag (observablehq.config.ts head)`);
    const hashes = inlineScriptHashes(html);
    hashes.forEach((h) => all.add(h));
    const end = html.indexOf('">', at) + 2;
    writeFileSync(f, html.slice(0, at) + cspMeta(hashes) + html.slice(end));
  }
  writeFileSync(
    join(DIST, "_headers"),
    `/*\n  Content-Security-Policy: ${policy([...all].sort(), { header: true })}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
  );
}

for (const f of files(DIST)) {
  if (!COMPRESS.test(f) || /\.(br|gz)$/.test(f)) continue;
  const bytes = readFileSync(f);
  if (bytes.length < 1024) continue;
  writeFileSync(`${f}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  writeFileSync(`${f}.gz`, gzipSync(bytes, { level: 9 }));
}

const all = files(DIST).map((f) => ({ f: relative(DIST, f), size: statSync(f).size }));
const raw = all.filter((x) => !/\.(br|gz)$/.test(x.f));
const sum = (xs) => xs.reduce((s, x) => s + x.size, 0);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
const duck = raw.filter((x) => x.f.includes("duckdb"));
const largest = raw.reduce((a, b) => (b.size > a.size ? b : a));
const br = all.filter((x) => x.f.endsWith(".br"));
const tooBig = all.filter((x) => x.size > MAX_FILE);
if (tooBig.length) throw new Error(`postbuild: ${tooBig.map((x) => `dist/${x.f} (${mb(x.size)})`).join(", ")} over the 25 MB static hosts accept per file`);
console.log(
  `dist/: ${raw.length} files, ${mb(sum(raw))} (DuckDB ${mb(sum(duck))}, ${((100 * sum(duck)) / sum(raw)).toFixed(0)} %); ` +
    `largest ${largest.f} ${mb(largest.size)}; brotli siblings ${mb(sum(br))}`,
);
