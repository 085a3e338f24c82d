import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { bundleDir, LOADERS } from "../version.js";
import type { Task } from "./worker.js";

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Payload = Task extends infer T ? (T extends Task ? Omit<T, "id"> : never) : never;

let url: URL | undefined;

/**
 * The module a worker runs: the bundle's worker (bin/bundle.js, built in a child
 * process when this process started without one: the library and the tests),
 * else the TypeScript through tsx (DOSSIER_NO_BUNDLE, or no bundle could be built).
 */
export function workerUrl(): URL {
  if (url) return url;
  if (!process.env.DOSSIER_NO_BUNDLE) {
    const file = join(bundleDir(), "worker.js");
    try {
      if (!existsSync(file)) execFileSync(process.execPath, [join(LOADERS, "..", "bin", "bundle.js")], { stdio: "ignore" });
      if (existsSync(file)) return (url = pathToFileURL(file));
    } catch {
      // unwritable cache folder: tsx below
    }
  }
  return (url = new URL("./worker-entry.js", import.meta.url));
}

/** A fixed set of worker threads running the per-article halves of the pipeline. */
export class Pool {
  private workers: Worker[] = [];
  private pending = new Map<number, Pending>();
  private load: number[] = [];
  private next = 0;
  /** Each worker's largest [committed heap, live heap after a full GC] (bytes) after a task. */
  private peaks: [number, number][] = [];

  constructor(size: number) {
    this.grow(size);
  }

  /** Starts workers up to `size` (a rebuild starts one before it knows how much there is to extract). */
  grow(size: number): void {
    for (let i = this.workers.length; i < size; i++) {
      const w = new Worker(workerUrl());
      w.on("message", (m: { id: number; value?: unknown; error?: string; heap?: [number, number] }) => {
        if (m.heap) this.peaks[i] = [Math.max(this.peaks[i]![0], m.heap[0]), Math.max(this.peaks[i]![1], m.heap[1])];
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[i]!--;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.value);
      });
      w.on("error", (e: Error) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
      this.load.push(0);
      this.peaks.push([0, 0]);
    }
  }

  /** Sends a task to the least-loaded worker; `transfer`: buffers moved to it, unusable here after. */
  run<T>(task: Payload, transfer: ArrayBuffer[] = []): Promise<T> {
    const id = this.next++;
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i]! < this.load[w]!) w = i;
    this.load[w]!++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.workers[w]!.postMessage({ ...task, id }, transfer);
    });
  }

  /** Each worker's peak committed heap in MB (workers that ran no task are left out). */
  get peakHeapMB(): number[] {
    return this.peaks.filter(([c]) => c > 0).map(([c]) => Math.round(c / (1 << 20)));
  }

  /** Each worker's largest live heap after a full GC, in MB (0: no full GC yet). */
  get peakLiveMB(): number[] {
    return this.peaks.filter(([c]) => c > 0).map(([, l]) => Math.round(l / (1 << 20)));
  }

  async close(): Promise<void> {
    // The benchmark's memory figure (bench/run.ts): with DOSSIER_TIMINGS set, each worker's peak heap on stderr.
    if (process.env.DOSSIER_TIMINGS) console.error(`workers ${JSON.stringify({ peakHeapMB: this.peakHeapMB, peakLiveMB: this.peakLiveMB })}`);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Maps `f` over `items` with at most `limit` in flight, keeping results in
 * input order; `onDone` is told after each item (for a progress line).
 */
export async function mapLimit<A, B>(items: A[], limit: number, f: (a: A, i: number) => Promise<B>, onDone?: () => void): Promise<B[]> {
  const out = new Array<B>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!, i);
      onDone?.();
    }
  });
  await Promise.all(lanes);
  return out;
}
