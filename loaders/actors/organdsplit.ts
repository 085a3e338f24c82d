import type { NameSpan } from "./ner/tagdoc.js";
import { INSTITUTION_HEADS } from "./orgbyhead.js";
import type { Tok } from "./tok.js";

// "Vantor Mining and Orvel Foods agreed to merge": the tagger may read two firms joined by "and"
// as one name. A firm's name ends on its head; when the words before "and" end on one, and the
// words after it open with a proper noun and end on another, they are two firms. "Farmers Bank
// and Trust Company" stays one: "Trust" is an ordinary word, no name opening a second firm. A second
// name opening on the first's own word ("the Varna Teachers Union and Varna Public Schools") is one too.

const headAt = (toks: Tok[], k: number) => {
  const t = toks[k]!.text === "." ? toks[k - 1]! : toks[k]!;
  return INSTITUTION_HEADS.has(t.text);
};

function split(toks: Tok[], s: NameSpan): NameSpan[] | null {
  if (s.type !== "ORG" || s.titled) return null;
  for (let k = s.a + 2; k < s.b - 2; k++) {
    if (toks[k]!.text !== "and") continue;
    // "the Varna Teachers Union and Varna Public Schools": a second name opening on the first's own word
    const again = toks[k + 1]!.text === toks[s.a]!.text && k - s.a >= 2 && s.b - k >= 3;
    if (!again && (!headAt(toks, k - 1) || !headAt(toks, s.b - 1) || toks[k + 1]!.pos !== "PROPN")) continue;
    const left: NameSpan = { start: s.start, end: toks[k - 1]!.end, type: "ORG", a: s.a, b: k, titled: false };
    return [left, { start: toks[k + 1]!.start, end: s.end, type: "ORG", a: k + 1, b: s.b, titled: false }];
  }
  return null;
}

/** The names with two firms read as one across "and" split in two. */
export function splitFirmsAtAnd(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return names.flatMap((s) => split(toks, s) ?? [s]);
}
