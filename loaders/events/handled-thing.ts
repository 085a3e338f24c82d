// "condemned the handling of the talks between X and Y": what is faulted is how an unnamed someone
// handled the matter; the names inside the matter are its parties, not the one blamed. Only a
// "by" agent right before the name ("the handling of the crisis by X") names who is faulted.

const HANDLING_OF = /\b(?:handling|treatment|management|mismanagement|conduct|coverage|timing|running|organi[sz]ation|policing)\s+of\b/iu;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/iu;

/** Whether a name after an accusation sits inside the matter of "the handling of …". */
export function insideHandledMatter(text: string, from: number, nameStart: number): boolean {
  const gap = text.slice(from, nameStart);
  return HANDLING_OF.test(gap) && !BY_BEFORE.test(gap);
}
