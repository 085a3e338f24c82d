// Types for wasm-gzip.js (plain JavaScript: the build loads it with node --import).
export const GZIP_MAGIC: number[];
export function gzipWasm(bytes: Uint8Array): Buffer;
export const INFLATE_FN: string;
export function patchWorkerInflate(text: string): string;
