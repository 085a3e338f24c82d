import { createHash } from "node:crypto";

// What an article's first half read of its outlet's repeated lines. The part
// depends on the whole set only through these reads, so it stays valid as long
// as they give the same answers: adding an article to an outlet (which may make
// a line repeated) re-extracts the articles that hold that line, not the
// outlet's thousand others. Recorded, not assumed: any way of reading the set
// is tracked, and iterating it makes the part depend on all of it.

export interface Reads {
  /** The set was iterated (or its contents read otherwise): the part depends on every line. */
  whole: boolean;
  /** Its size was read: the part depends on whether it is empty. */
  sized: boolean;
  /** keyHash of each line asked about with has(), sorted and concatenated (16 characters each: quick to parse back). */
  asked: string;
}

/** A short stable hash of a line key (64 bits: a collision among an outlet's lines is beyond reach). */
export const keyHash = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 16);

export class TrackedSet extends Set<string> {
  private asked?: Set<string>;
  private sized = false;
  private whole = false;

  override has(key: string): boolean {
    (this.asked ??= new Set()).add(key);
    return super.has(key);
  }
  override get size(): number {
    this.sized = true;
    return super.size;
  }
  override forEach(f: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.whole = true;
    super.forEach(f, thisArg);
  }
  override [Symbol.iterator](): SetIterator<string> {
    this.whole = true;
    return super[Symbol.iterator]();
  }
  override entries(): SetIterator<[string, string]> {
    this.whole = true;
    return super.entries();
  }
  override keys(): SetIterator<string> {
    this.whole = true;
    return super.keys();
  }
  override values(): SetIterator<string> {
    this.whole = true;
    return super.values();
  }

  reads(): Reads {
    return { whole: this.whole, sized: this.sized, asked: [...(this.asked ?? [])].map(keyHash).sort().join("") };
  }
}
