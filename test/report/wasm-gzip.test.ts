import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { INFLATE_FN, gzipWasm, patchWorkerInflate } from "../../build/wasm-gzip.js";

// The smallest valid wasm module (magic and version), and a larger one padded with a custom section.
const EMPTY_MODULE = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
function paddedModule(bytes: number): Uint8Array {
  const name = [4, ..."note".split("").map((c) => c.charCodeAt(0))];
  const payload = [...name, ...new Array(bytes).fill(7)];
  const size: number[] = [];
  for (let n = payload.length; ; n >>= 7) { size.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)); if (n < 0x80) break; }
  return Uint8Array.from([...EMPTY_MODULE, 0, ...size, ...payload]);
}

/** The worker's __dossierInflate, as the patched worker defines it. */
const inflate = new Function(`${INFLATE_FN}; return __dossierInflate;`)() as (r: Promise<Response>) => Promise<Response>;
// A body delivered in small chunks, as a network stream would.
const chunked = (bytes: Uint8Array, size = 1000) => new Response(new ReadableStream({
  start(c) { for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size)); c.close(); },
}));

describe("DuckDB's wasm shipped gzipped", () => {
  it("gzipWasm is plain gzip of the bytes", () => {
    const wasm = paddedModule(5000);
    expect([...gunzipSync(gzipWasm(wasm))]).toEqual([...wasm]);
  });

  it("the worker's inflate gunzips a gzipped body and compiles it; a plain wasm body passes through as is", async () => {
    const wasm = paddedModule(200_000);
    for (const body of [gzipWasm(wasm), wasm]) {
      const res = await inflate(Promise.resolve(chunked(new Uint8Array(body))));
      expect(res.headers.get("content-type")).toBe("application/wasm");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.length).toBe(wasm.length);
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(wasm))).toBe(0);
      expect(WebAssembly.validate(bytes)).toBe(true);
    }
  });

  it("a failed response is handed on untouched", async () => {
    const notFound = new Response("not found", { status: 404 });
    expect(await inflate(Promise.resolve(notFound))).toBe(notFound);
  });

  it("patches each place DuckDB-WASM's worker fetches its module, and refuses a worker it does not recognise", () => {
    const worker = readFileSync("node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js", "utf8");
    const patched = patchWorkerInflate(worker);
    const requests = [...worker.matchAll(/new Request\(this\.mainModuleURL\)/g)].length;
    expect(requests).toBeGreaterThan(0);
    expect(patched.match(/__dossierInflate\(fetch\(\w+\)\)/g)).toHaveLength(requests);
    expect(patched.startsWith(INFLATE_FN)).toBe(true);
    expect(patchWorkerInflate(patched)).toBe(patched);
    expect(() => patchWorkerInflate("self.onmessage = () => fetch(url);")).toThrow(/cannot find where it fetches its wasm/);
  });
});
