// "Fans had called for a change. ¶ “…,” he said.": a lone capitalised word opening a sentence
// as a subject looks like a surname, but a common noun ("Officials", "Analysts", "Witnesses") is
// capitalised only there. A name is written with its capital wherever it stands ("said Ode", "Rui
// Ode"), so a word the article capitalises nowhere but at a sentence's opening is no one's name,
// and a following "he" does not continue it.

const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Before a sentence's first word: the text's start, a stop, a colon or a line break, then blanks, marks or a bracket. */
const OPENING = /(?:^|[.!?:;\n])[\s"“”'‘’`(\-–—_]*$/u;

/** Whether `word`, as written in `text`, stands capitalised only where a sentence opens. */
export function capitalOnlyAtOpenings(text: string, word: string): boolean {
  const w = word.trim();
  if (!ONE_WORD.test(w)) return false;
  let seen = false;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = text[at - 1], after = text[at + w.length];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}'’]/u.test(after))) continue;
    if (!OPENING.test(text.slice(Math.max(0, at - 12), at))) return false;
    seen = true;
  }
  return seen;
}
