// A day word inside a name is no date: "the BBC's Today programme", "USA Today", "The Sunday
// Times", "the Monday Club". "Today", "Tomorrow", "Tonight" and "Yesterday" are written with a
// capital only opening a sentence, a quotation or a clause after a colon; anywhere else the capital
// makes them a name's. A weekday, always capitalised, is a name's when "the" stands before it and
// another capitalised word follows, and "Friday" after "Black" or "Good", "Sunday" or "Monday" after "Easter", is a holiday's.

const RELATIVE_DAY = /^(?:Today|Tomorrow|Tonight|Yesterday)\b/u;
/** What may stand before a word that opens a sentence, a quotation or a clause. */
const OPENS_BEFORE = /(?:^|[.!?:;"“‘'`(\[—–-]\s*|\n\s*)$/u;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\p{Lu}\p{Ll}/u;

/** Whether the expression at [start, end) of `text` is part of a name (its sentence starts at `from`). */
/** A title before a month's name makes the month a given name: "Dr. April Mensah", "Ms. June Okafor". */
const TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sen|Rep|Gov|Rev|Judge|Justice|Dame|Sir|Lady)\.?\s+$/u;
const GIVEN_NAME_MONTH = /^(?:April|May|June|July|August)\s+\p{Lu}/u;

export function inName(text: string, start: number, from: number): boolean {
  const head = text.slice(start, start + 20);
  const before = text.slice(Math.max(from, start - 12), start);
  if (RELATIVE_DAY.test(head)) return start > from && !OPENS_BEFORE.test(before);
  if (GIVEN_NAME_MONTH.test(head)) return TITLE_BEFORE.test(before);
  // "Black Friday", "Good Friday", "Easter Monday": a holiday's name (holidays.ts dates it), not the weekday
  return (WEEKDAY.test(head) && /\b[Tt]he\s+$/u.test(before)) || (/^Friday\b/u.test(head) && /\b(?:Black|Good)\s+$/u.test(before)) || (/^(?:Sun|Mon)day\b/u.test(head) && /\bEaster\s+$/u.test(before));
}
