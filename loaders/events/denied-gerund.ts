import { ingForm } from "./ing-form.js";

// "Russia denied shelling Kharkiv", "X denies having attacked Y": the act is the content of a
// denial, its teller saying it did not happen, like "denied that it had shelled" (clauses.ts).
// The gerund complement has no "that" and no subject for the clause readings to find.

/** The denial right before the trigger: "denied", "denies ever", "denied having". */
const DENIED_RIGHT_BEFORE = /\bden(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:(having)\s+(?:ever\s+)?(?:\p{Ll}+ly\s+)?)?$/iu;

/** The denial's stem under the pattern's flags: a cheap test that turns away most texts first. */
const DENY_STEM = /den[iy]/i;

/** Whether the trigger (its head `head`) is a gerund or a perfect participle a denial governs. */
export function deniedGerund(before: string, head: string): boolean {
  const tail = before.slice(-40);
  const m = DENY_STEM.test(tail) ? DENIED_RIGHT_BEFORE.exec(tail) : null;
  return !!m && (!!m[1] || ingForm(head));
}
