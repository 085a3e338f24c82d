import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { writeAtomic } from "./store/atomic.js";

export { extractorVersion } from "./version.js";

export const hashOf = (...parts: unknown[]): string =>
  createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);

/**
 * A content-addressed store of JSON values: the key is a hash of everything the
 * value depends on, so an entry is never stale, only unused. A corrupt entry
 * (interrupted write, disk trouble) reads as missing and is rewritten.
 */
export class Cache {
  readonly dir: string | null;
  hits = 0;
  misses = 0;
  constructor(dir: string | null) {
    this.dir = dir ? resolve(dir) : null;
  }
  private path(key: string): string {
    return join(this.dir!, key.slice(0, 2), `${key}.json`);
  }
  get<T>(key: string): T | undefined {
    if (!this.dir) return undefined;
    const p = this.path(key);
    if (!existsSync(p)) {
      this.misses++;
      return undefined;
    }
    try {
      const value = JSON.parse(readFileSync(p, "utf8")) as { key: string; value: T };
      if (value.key !== key) throw new Error("key mismatch");
      this.hits++;
      return value.value;
    } catch {
      rmSync(p, { force: true });
      this.misses++;
      return undefined;
    }
  }
  set<T>(key: string, value: T): void {
    if (!this.dir) return;
    const p = this.path(key);
    mkdirSync(dirname(p), { recursive: true });
    writeAtomic(p, JSON.stringify({ key, value }));
  }
}
