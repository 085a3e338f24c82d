import type { W } from "./words.js";

// "The Varnby, Ore., maker of lathes and presses said": the "and" there joins two objects of
// "of", inside the subject, and opens no clause of its own.

const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
/** "the head of the union and officials said": a determiner there opens a noun phrase of its own, perhaps the verb's second subject. */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"]);

/**
 * Where the subject's walk back goes on when it stopped at "and" (`ws[i - 1]`) before a single
 * lower-case noun right before the verb (`k`), and one or two lower-case words after an "of"
 * precede that "and" (bare nouns, no determiner): the index of the "of"; else `i`, unchanged.
 */
export function pastCoordinatedOf(ws: W[], i: number, k: number, apart: (a: W, b: W) => boolean): number {
  if (k - i !== 1 || i < 3 || ws[i - 1]!.low !== "and" || !LOWER.test(ws[i]!.w)) return i;
  for (let j = i - 3; j >= Math.max(0, i - 4); j--) {
    if (ws[j]!.low !== "of") continue;
    const between = ws.slice(j + 1, i - 1);
    const joined = ws.slice(j, i + 1);
    if (between.every((w) => LOWER.test(w.w) && !DETERMINERS.has(w.low)) && joined.every((w, n) => n === 0 || !apart(joined[n - 1]!, w))) return j;
  }
  return i;
}
