// Loaded with `node --import` before Observable Framework's CLI.
//
// Framework 1.13 resolves every `npm:` import (and the implicit ones behind
// Plot, Inputs, DuckDB and `sql` blocks) by fetching jsDelivr's `+esm` bundles
// and npm registry metadata at build time, with no option to resolve locally
// (Framework issues #1735, #1001). This module answers those requests from
// node_modules instead, so a build never goes online:
//   registry.npmjs.org/<name>[/<tag>]   → the installed version
//   cdn.jsdelivr.net/npm/<pkg>@<v>/+esm → an ESM bundle built by esbuild,
//                                         bare imports kept external as /npm/<dep>@<installed>/+esm
//   cdn.jsdelivr.net/npm/<pkg>@<v>/<file> → the file from node_modules (wasm, workers, css)
// Anything else is refused with an error naming the URL.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import * as esbuild from "esbuild";
import { patchWorkerInflate } from "./wasm-gzip.js";

const ROOT = process.cwd();
const NOT_INSTALLED = "0.0.0-not-installed";
const NODE_MODULES = join(ROOT, "node_modules");
const require = createRequire(join(ROOT, "package.json"));
const realFetch = globalThis.fetch;
process.env.OBSERVABLE_TELEMETRY_DISABLE ??= "true";

/** Finds the installed copy of `name`, preferring one whose version matches `version`. */
function packageDir(name, version) {
  const top = join(NODE_MODULES, name);
  const candidates = [top];
  if (version && existsSync(join(top, "package.json")) && readJSON(join(top, "package.json")).version !== version) {
    // Nested copies (node_modules/<x>/node_modules/<name>) for packages installed at two versions.
    for (const entry of listDir(NODE_MODULES)) {
      const dirs = entry.startsWith("@") ? listDir(join(NODE_MODULES, entry)).map((e) => join(entry, e)) : [entry];
      for (const d of dirs) candidates.push(join(NODE_MODULES, d, "node_modules", name));
    }
  }
  const found = candidates.filter((d) => existsSync(join(d, "package.json")));
  return found.find((d) => !version || readJSON(join(d, "package.json")).version === version) ?? found[0] ?? null;
}
const listDir = (d) => { try { return readdirSync(d); } catch { return []; } };
const jsonCache = new Map();
function readJSON(path) {
  if (!jsonCache.has(path)) jsonCache.set(path, JSON.parse(readFileSync(path, "utf8")));
  return jsonCache.get(path);
}
const installedVersion = (name, from) => {
  const dir = from ? packageDirFrom(name, from) : packageDir(name);
  return dir ? readJSON(join(dir, "package.json")).version : null;
};
/** The copy of `name` that `fromDir`'s package would load (Node's resolution, walking up). */
function packageDirFrom(name, fromDir) {
  for (let d = fromDir; ; d = dirname(d)) {
    const p = join(d, "node_modules", name);
    if (existsSync(join(p, "package.json"))) return p;
    if (d === dirname(d)) return packageDir(name);
  }
}

function parseSpecifier(spec) {
  const parts = spec.split("/");
  const namever = spec.startsWith("@") ? `${parts.shift()}/${parts.shift()}` : parts.shift();
  const at = namever.indexOf("@", 1);
  return { name: at > 0 ? namever.slice(0, at) : namever, version: at > 0 ? namever.slice(at + 1) : null, path: parts.join("/") };
}

const respond = (body, type) => new Response(body, { status: 200, headers: { "content-type": type } });
const CONTENT_TYPES = { ".js": "application/javascript", ".mjs": "application/javascript", ".cjs": "application/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };

function registry(url) {
  const [, scopeOrName, maybeName, tag] = url.pathname.split("/").map(decodeURIComponent);
  const scoped = scopeOrName.startsWith("@");
  const name = scoped ? `${scopeOrName}/${maybeName}` : scopeOrName;
  const disttag = scoped ? tag : maybeName;
  // Framework's client bundle resolves the versions of every library its
  // stdlib can load lazily (sample datasets, mermaid, …) even when no page uses
  // them. An uninstalled one gets a version that names the problem; fetching
  // its code is refused below, so a page that really uses it fails the build.
  const version = installedVersion(name) ?? NOT_INSTALLED;
  return respond(JSON.stringify(disttag ? { name, version } : { name, "dist-tags": { latest: version }, versions: { [version]: {} } }), "application/json");
}

async function jsdelivr(url) {
  const { name, version, path } = parseSpecifier(decodeURIComponent(url.pathname.slice("/npm/".length)));
  const dir = version === NOT_INSTALLED ? null : packageDir(name, version);
  if (!dir) throw new Error(`offline build: npm package "${name}" is not installed (npm install --save ${name})`);
  if (path === "+esm" || path.endsWith("/+esm")) return respond(await bundle(name, dir, path.replace(/\/?\+esm$/, "")), "application/javascript");
  const file = join(dir, path);
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) throw new Error(`offline build: no file ${path} in ${name}`);
  if (name === "@duckdb/duckdb-wasm" && /duckdb-browser-mvp\.worker\.js$/.test(path)) return respond(patchWorkerInflate(patchMvpWorker(readFileSync(file, "utf8"))), "application/javascript");
  return respond(readFileSync(file), CONTENT_TYPES[extname(file)] ?? "application/octet-stream");
}

// DuckDB-WASM's mvp build throws C++ exceptions through Emscripten's JavaScript
// exception support: invoke_* wrappers catch them and call _setThrew, and the
// landing pads call ___cxa_can_catch and friends. Its glue (1.29 to 1.32) never
// binds those names to the module's exports (the wasm has them), so every
// exception DuckDB throws, even one it catches itself (a sort over an empty
// table, a bad query), ended in "_setThrew is not defined". Bind each missing one
// the way Emscripten binds the others, next to __emscripten_stack_restore.
const STACK_RESTORE = "__emscripten_stack_restore=e=>(__emscripten_stack_restore=wasmExports._emscripten_stack_restore)(e),";
const EXCEPTION_EXPORTS = ["_setThrew", "___cxa_can_catch", "___cxa_get_exception_ptr", "___cxa_increment_exception_refcount",
  "___cxa_decrement_exception_refcount", "___get_exception_message", "___cxa_demangle", "___errno_location", "_strerror"];
function patchMvpWorker(text) {
  const unbound = EXCEPTION_EXPORTS.filter((n) => text.includes(`${n}(`) && !new RegExp(`(?<![\\w$.])${n.replace(/\$/g, "\\$")}=`).test(text));
  if (!unbound.length) return text;
  if (!text.includes(STACK_RESTORE)) throw new Error("offline build: DuckDB-WASM's mvp worker changed; cannot bind its exception helpers (build/offline-fetch.js)");
  return text.replace(STACK_RESTORE, STACK_RESTORE + unbound.map((n) => `${n}=(...a)=>(${n}=wasmExports.${n.slice(1)})(...a),`).join(""));
}

const BROWSER = {
  platform: "browser",
  conditions: ["browser", "import", "module", "default"],
  mainFields: ["browser", "module", "main"],
};

/** Where a browser bundler would resolve `spec` from `resolveDir` (not Node: its conditions pick node builds). */
async function resolveForBrowser(spec, resolveDir) {
  const result = await esbuild.build({
    ...BROWSER,
    stdin: { contents: `import ${JSON.stringify(spec)};`, resolveDir },
    bundle: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [{ name: "first-hop", setup(b) { b.onLoad({ filter: /.*/ }, () => ({ contents: "", loader: "js" })); } }],
  });
  return Object.keys(result.metafile.inputs).find((k) => k !== "<stdin>").replace(/^(?!\/)/, `${process.cwd()}/`);
}

const isCommonJS = (file) => {
  if (/\.mjs$/.test(file)) return false;
  if (/\.cjs$/.test(file)) return true;
  const text = readFileSync(file, "utf8");
  return !/^\s*(import|export)[\s{*]/m.test(text) && /\b(module\.exports|exports\.\w+\s*=|require\()/.test(text);
};

/** An ESM bundle of one package entry, dependencies external (each is bundled on its own request). */
async function bundle(name, dir, subpath) {
  const entry = await resolveForBrowser(subpath ? `${name}/${subpath}` : name, dirname(dir));
  const external = {
    name: "external-npm",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "inner") return undefined;
        if (args.path.startsWith("node:") || builtinModules.includes(args.path.split("/")[0])) return { path: args.path, namespace: "empty" };
        const dep = parseSpecifier(args.path);
        if (dep.name === name) return undefined;
        // A CommonJS dependency is pulled in by require(): inline it, as jsDelivr does.
        if (args.kind === "require-call") return undefined;
        const from = args.resolveDir || dir;
        const version = installedVersion(dep.name, from);
        if (!version) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: from, pluginData: "inner" });
        if (resolved.errors.length || !resolved.path || resolved.namespace !== "file" || isCommonJS(resolved.path)) return undefined;
        return { path: `/npm/${dep.name}@${version}/${dep.path ? `${dep.path}/` : ""}+esm`, external: true };
      });
      build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export default {};", loader: "js" }));
    },
  };
  let stdin;
  if (isCommonJS(entry)) {
    // Named exports of a CommonJS entry, read from the module itself (jsDelivr uses cjs-module-lexer).
    let keys = [];
    try { keys = Object.keys(require(entry)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default"); } catch { /* browser-only module */ }
    stdin = { contents: `import m from ${JSON.stringify(entry)};\nexport default m;\nexport const {${keys.join(", ")}} = m;\n`, resolveDir: dir, loader: "js" };
  }
  const result = await esbuild.build({
    ...BROWSER,
    ...(stdin ? { stdin } : { entryPoints: [entry] }),
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    plugins: [external],
  });
  return result.outputFiles[0].text;
}

globalThis.fetch = async function offlineFetch(input, init) {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  if (url.hostname === "registry.npmjs.org") return registry(url);
  if (url.hostname === "cdn.jsdelivr.net" && url.pathname.startsWith("/npm/")) return jsdelivr(url);
  if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return realFetch(input, init);
  throw new Error(`offline build: refused to fetch ${url.href} (Dossier builds from node_modules only)`);
};
