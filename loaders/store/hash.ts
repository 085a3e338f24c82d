import { createHash } from "node:crypto";

/** A cache key: the hash of everything a cached value depends on, so an entry is never stale, only unused. */
export const hashOf = (...parts: unknown[]): string => createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
