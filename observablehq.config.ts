// Observable Framework configuration for the Dossier report.
// Everything must load with the network off: no Google Fonts stylesheet (the
// default theme's globalStylesheets), no DuckDB extensions downloaded from
// extensions.duckdb.org (the tables are Arrow IPC, which DuckDB-WASM reads natively).
import { cspMeta } from "./build/csp.js";

export default {
  title: "Dossier",
  root: "src",
  output: "dist",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  // Only the "mvp" DuckDB build: current Chromium no longer runs the "eh" build's legacy wasm
  // exceptions, and mvp runs everywhere; one build halves the published size
  // (build/postbuild.js removes the file Framework still copies).
  duckdb: { platforms: { mvp: true, eh: false }, extensions: { json: null, parquet: null } },
  // Pages, and each actor (by name or alias) and article (build/search-index.ts).
  search: { index: async function* () { yield* (await import("./build/search-index.ts")).searchIndex(); } },
  pager: false,
  // Links name the files the build writes (`./actors.html`, `./index.html`), so the report opens
  // on any static host, in any folder, without clean-URL rewrites (docs/report.md "Any static host").
  preserveExtension: true,
  preserveIndex: true,
  // The Content-Security-Policy (build/csp.js) on built pages only: the preview server evaluates
  // cells with eval(), which the policy forbids. postbuild.js adds each page's inline script hashes.
  head: process.argv.includes("build") ? cspMeta() : "",
  footer: "Built with Dossier from the articles in data/articles/.",
  pages: [
    { name: "Overview", path: "/" },
    { name: "Actors", path: "/actors" },
    { name: "Events", path: "/events" },
    { name: "Figures", path: "/figures" },
    { name: "Quotes", path: "/quotes" },
    { name: "Map", path: "/map" },
    { name: "Sources", path: "/sources" },
  ],
};
