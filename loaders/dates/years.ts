import { matchesOf } from "../text/matches.js";
// Years standing by themselves, which chrono reads only after a month: "in 2014",
// "the 2010 raid", "his 2007 campaign", "Russia's 2014 annexation", "mid-1996",
// ranges "2009-2010" and "1957-58" (two rows: the start and the end year). A
// regex does it: four digits in news prose are a year unless money, a measure or a
// count says otherwise, and that is read from the characters and words around it.

export interface YearSpan {
  start: number;
  end: number;
  value: string;
}

const YEAR = String.raw`(?:1[6-9]\d\d|20[0-5]\d)`;
/** A year, or a year range whose end is two or four digits. */
const YEARS = new RegExp(String.raw`(?<![\p{L}\p{N}$€£¥#.,/:]|[\d][.,]|[\d\s]-)(${YEAR})(?:\s?[-–/]\s?(\d{4}|\d{2}))?(?![\p{L}\p{N}]|[.,]\d|%|-\p{N})`, "gu");
/** After a year, a unit or counted noun makes it a quantity ("2000 troops", "1500 GMT"). */
const QUANTITY = /^\s*(?:(?:more|fewer|other|additional|new|extra)\s+)?(?:people|persons|men|women|children|troops|soldiers|police|officers|workers|employees|jobs|families|homes|houses|refugees|civilians|prisoners|students|voters|votes|members|residents|cases|deaths|dead|tons?|tonnes?|pounds|kilos?|kilograms?|kg|km|kilometers?|kilometres?|miles?|meters?|metres?|feet|ft|yards|acres|hectares|barrels|gallons|litres|liters|units|shares|points|cars|vehicles|planes|aircraft|tanks|rockets|missiles|drones|shells|rounds|dollars|euros|yen|hours|hrs|GMT|UTC|local\s+time|percent|per\s+cent|calories|words|pages|copies|seats|beds|rooms|times)\b/i;
/** Before a year, a word that makes it a number or a name: "No. 1990", "page 2001", "at 1500", "Flight 1999". */
const NUMBER_BEFORE = /\b(?:no|nos|number|page|pages|flight|route|room|highway|interstate|article|section|chapter|resolution|model|code|version|ext|apt|suite|at|about|around|nearly|almost|some)\s*\.?\s*$/i;

export function findYears(sentence: string, offset: number): YearSpan[] {
  const out: YearSpan[] = [];
  for (const m of matchesOf(YEARS, sentence)) {
    const at = m.index!;
    const after = sentence.slice(at + m[0].length, at + m[0].length + 30);
    if (QUANTITY.test(after)) continue;
    // "at 1500", "about 2000": a number, unless the words before were a date's ("in about 1990" is rare in news)
    if (NUMBER_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) continue;
    const y = m[1]!;
    out.push({ start: offset + at, end: offset + at + 4, value: y });
    const tail = m[2];
    if (!tail) continue;
    const endYear = tail.length === 2 ? endOfShortRange(+y, +tail) : +tail;
    // "1990-91" but not "1990-15" (a score or a code): the end must follow the start
    if (endYear <= +y || endYear - +y > 50) continue;
    const tailAt = at + m[0].length - tail.length;
    out.push({ start: offset + tailAt, end: offset + tailAt + tail.length, value: String(endYear) });
  }
  return out;
}

/** "1957-58" → 1958, "1999-00" → 2000: the two digits are the end year's last two, in the following century if need be. */
function endOfShortRange(start: number, yy: number): number {
  const c = Math.floor(start / 100) * 100;
  return c + yy > start ? c + yy : c + 100 + yy;
}

// Spoken years, as broadcast transcripts write them: "nineteen ninety-six", "the
// year two thousand". "nineteen ninety-six" is never a count (that would be "one
// thousand nine hundred…"); "two thousand" is one, unless "the year" or a
// preposition with nothing counted after it says otherwise.
const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SPOKEN = new RegExp(
  String.raw`\b(?:nineteen\s+(?<tens>${TENS.join("|")})(?:[-\s](?<unit>${UNITS.join("|")}))?|nineteen\s+(?<teen>${TEENS.join("|")})|(?<lead>(?:the\s+year|in|by|since|until)\s+)two\s+thousand(?:\s+and)?(?:\s+(?<after>${[...UNITS, ...TEENS].join("|")}))?)\b`,
  "giu",
);

export function findSpokenYears(sentence: string, offset: number): YearSpan[] {
  const out: YearSpan[] = [];
  for (const m of matchesOf(SPOKEN, sentence)) {
    const g = m.groups!;
    if (QUANTITY.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
    let value: number, at = m.index!;
    if (g.tens) value = 1900 + (TENS.indexOf(g.tens.toLowerCase()) + 2) * 10 + (g.unit ? UNITS.indexOf(g.unit.toLowerCase()) + 1 : 0);
    else if (g.teen) value = 1910 + TEENS.indexOf(g.teen.toLowerCase());
    else {
      const a = g.after?.toLowerCase();
      value = 2000 + (a ? (UNITS.includes(a) ? UNITS.indexOf(a) + 1 : 10 + TEENS.indexOf(a)) : 0);
      if (!/year/i.test(g.lead!)) at += g.lead!.length;
    }
    out.push({ start: offset + at, end: offset + m.index! + m[0].length, value: String(value) });
  }
  return out;
}
