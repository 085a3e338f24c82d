// The Content-Security-Policy of the published report, in one place for the
// <meta> tag every page carries (observablehq.config.ts `head`) and the
// dist/_headers file static hosts (Netlify, Cloudflare Pages) send with it.
//
// Articles come from the open web, and the report shows their words; the
// pages render them as text, and this policy is the second wall: no script
// runs unless it is one of the site's own files or one of the inline module
// scripts Framework writes into each page (allowed by hash, computed after
// the build in build/postbuild.js), and nothing is fetched from anywhere but
// the site itself.
import { createHash } from "node:crypto";

// htl (behind Framework's html`` and Inputs) parses a template with `onclick=::1`
// placeholders, and importing that fragment makes the browser check "::1" as an
// inline handler (blocked, then htl sets the real handler as a property). Each
// blocked check is a console error, so these exact values are allowed by hash:
// "::1" is a syntax error in JavaScript, so allowing it can never run anything.
const HTL_PLACEHOLDERS = Array.from({ length: 63 }, (_, i) => `'${sha256(`::${i + 1}`)}'`).join(" ");

/** Directives both the meta tag and the header carry. */
export const DIRECTIVES = [
  ["default-src", "'self'"],
  // DuckDB compiles its wasm module: 'wasm-unsafe-eval' allows that and no JavaScript eval.
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["script-src-attr", `'unsafe-hashes' ${HTL_PLACEHOLDERS}`],
  // Plot, Inputs and d3 set style attributes and <style> in SVG: style injection cannot run code.
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self' data:"],
  ["connect-src", "'self' data: blob:"],
  // Framework's DuckDB client starts its worker from a blob: URL that imports the site's own file.
  ["worker-src", "'self' blob:"],
  ["frame-src", "'none'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

/** Only a header can carry these (browsers ignore them, with a console error, in a meta tag). */
export const HEADER_ONLY = [["frame-ancestors", "'none'"]];

/** The policy, with script hashes added to script-src. */
export function policy(hashes = [], { header = false } = {}) {
  const dirs = header ? [...DIRECTIVES, ...HEADER_ONLY] : DIRECTIVES;
  return dirs.map(([k, v]) => `${k} ${k === "script-src" ? [v, ...hashes.map((h) => `'${h}'`)].join(" ") : v}`).join("; ");
}

export const META_PREFIX = '<meta http-equiv="Content-Security-Policy" content="';

/** The tag for the page head; postbuild.js adds that page's inline script hashes. */
export function cspMeta(hashes = []) {
  return `${META_PREFIX}${policy(hashes)}">`;
}

/** sha256 source expressions of every inline <script> (no src) in a page, in page order. */
export function inlineScriptHashes(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    out.push(sha256(m[2]));
  }
  return [...new Set(out)];
}

function sha256(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
