// Static hosts cap a file's size (Cloudflare Pages: 25 MB) and DuckDB-WASM's mvp
// build is one 40.6 MB wasm file. The published report ships that file gzipped
// under its own name (postbuild.js `gzipWasm`), and DuckDB's worker, which fetches
// it itself, is patched (`patchWorkerInflate`, applied by offline-fetch.js) to
// gunzip it with the browser's DecompressionStream before WebAssembly compiles it.
//
// The worker looks at the first two bytes rather than trusting the URL or headers:
// a host that adds `Content-Encoding: gzip` on its own (or the preview server,
// which serves the raw file) hands over plain wasm, which passes through as is.
import { gzipSync } from "node:zlib";

export const GZIP_MAGIC = [0x1f, 0x8b];

/** The wasm file's bytes as published: gzip, level 9 (about a fifth of the size). */
export function gzipWasm(bytes) {
  return gzipSync(bytes, { level: 9 });
}

// Defined at the top of the worker. Reads the first chunk, then streams the rest
// behind it, gunzipped when the chunk starts with gzip's magic bytes.
export const INFLATE_FN = `async function __dossierInflate(pending){const res=await pending;` +
  `if(!res.ok||!res.body||typeof DecompressionStream!=="function")return res;` +
  `const reader=res.body.getReader();const first=await reader.read();` +
  `const body=new ReadableStream({start(c){if(!first.done)c.enqueue(first.value);else c.close();},` +
  `async pull(c){const r=await reader.read();if(r.done)c.close();else c.enqueue(r.value);},cancel(e){return reader.cancel(e);}});` +
  `const gz=!first.done&&first.value[0]===${GZIP_MAGIC[0]}&&first.value[1]===${GZIP_MAGIC[1]};` +
  `return new Response(gz?body.pipeThrough(new DecompressionStream("gzip")):body,{status:res.status,statusText:res.statusText,headers:{"content-type":"application/wasm"}});}\n`;

// DuckDB's instantiateWasm has three paths (streaming with progress, streaming,
// ArrayBuffer); each makes a Request for mainModuleURL and fetches it a few tokens later.
const MAIN_MODULE_REQUEST = /let (\w+)=new Request\(this\.mainModuleURL\)/g;

/** The worker's text with every fetch of the main wasm module passed through __dossierInflate. */
export function patchWorkerInflate(text) {
  if (text.includes("__dossierInflate")) return text;
  let out = "";
  let at = 0;
  let hits = 0;
  for (const m of text.matchAll(MAIN_MODULE_REQUEST)) {
    const call = `fetch(${m[1]})`;
    const i = text.indexOf(call, m.index);
    if (i < 0 || i - m.index > 200) continue;
    out += text.slice(at, i) + `__dossierInflate(${call})`;
    at = i + call.length;
    hits++;
  }
  if (!hits) throw new Error("offline build: DuckDB-WASM's worker changed; cannot find where it fetches its wasm (build/wasm-gzip.js)");
  return INFLATE_FN + out + text.slice(at);
}
