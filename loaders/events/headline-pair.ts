import type { ResolvedMention } from "../types.js";

// Headline grammar: "Norland, Estovia sign trade pact" joins the two parties with a comma where
// prose writes "and". Only on the article's first line (its title), and only for two names that
// open it: in prose a comma alone joins nothing but the items of a list before its "and".

/** Only quotation marks or blanks before the first name of the title. */
const LINE_OPENING = /^[\s"“'‘]*$/u;
/** A lone comma between the two names. */
const COMMA_GAP = /^\s*,\s*$/u;

/** Whether `a` and `b` are the title's two parties joined by a comma: "A, B sign …". */
export function headlinePair(text: string, a: ResolvedMention, b: ResolvedMention): boolean {
  if (!COMMA_GAP.test(text.slice(a.end, b.start))) return false;
  if (!LINE_OPENING.test(text.slice(0, a.start))) return false;
  // The title ends at the first line break; the pair must lie on it.
  const lineEnd = text.indexOf("\n");
  return lineEnd < 0 || b.end <= lineEnd;
}
