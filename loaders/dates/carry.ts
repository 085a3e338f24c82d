// A bare month in a sentence that has just named a month with its year: "The war ended in May
// 1945, and in June the soldiers came home." Read against publication, "June" would be the June
// nearest the article; the sentence's own time is the one it just gave. Only where the two lie
// years apart (a story told of another era), and in a past clause: a plan keeps its side of
// publication ("joined the league in July 1997, will play its first match on March 12"). A year
// opening the sentence as its frame ("In 1998, frost in April …", "Last year, frost in April …")
// holds for its past clauses however near publication.

export interface CarryRow {
  start: number;
  end: number;
  text: string;
  value: string;
  /** A month (or a day of one) whose year the text left open. */
  open?: boolean;
}

const WRITTEN_YEAR = /\b(?:1[6-9]|20)\d\d\b|^(?:last|next|this)\s+year$/i;
const RELATIVE_YEAR = /^(?:last|next|this)\s+year$/i;
const FRAME = /^(?:In|During)\s[^,;]*$/;

/**
 * Gives each open row of a past clause the year nearest the sentence's last month written with its year.
 * `sentenceOf(offset)` is the sentence index, `opening(offset)` its text up to the offset; `past(row)` whether the row's
 * clause tells the past (tense.ts).
 */
export function carryYears(rows: CarryRow[], sentenceOf: (at: number) => number, opening: (at: number) => string, past: (r: CarryRow) => boolean): void {
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (!r.open) continue;
    const anchor = rows[i - 1]!;
    if (sentenceOf(anchor.start) !== sentenceOf(r.start) || !WRITTEN_YEAR.test(anchor.text)) continue;
    // a year alone sets the sentence's time only as the phrase that opens it: "In 1939, …", "In the autumn of 1939, …",
    // "Last year, …", not "since 2019" nor "a program approved in 1987"; such a frame holds however near publication
    const frame = anchor.value.length === 4;
    if (frame && !(FRAME.test(opening(anchor.start)) || (opening(anchor.start) === "" && RELATIVE_YEAR.test(anchor.text)))) continue;
    const ay = +anchor.value.slice(0, 4), am = +(anchor.value.slice(5, 7) || r.value.slice(5, 7)), m = +r.value.slice(5, 7);
    // the year that puts the month within six months of the anchor's
    const y = m - am > 6 ? ay - 1 : am - m > 6 ? ay + 1 : ay;
    if ((frame ? y !== +r.value.slice(0, 4) : Math.abs(y - +r.value.slice(0, 4)) >= 2) && past(r)) r.value = `${y}${r.value.slice(4)}`;
  }
}
