import type { Pub } from "./resolve.js";
import type { Direction } from "./tense.js";
import { matchesOf } from "../text/matches.js";

// Periods chrono does not read, valued at the contract's coarsest grain that holds
// them: the year. "a year earlier", "year-ago", "the fiscal year", "the current year",
// "year-end", "the third quarter", "Q3", "FY2026", "last summer". A quarter or season is a year value;
// the text keeps the finer reading. A quarter or season named without "last" or "next"
// lies on its clause's side of publication: "will open in the second quarter", written in
// November, is next year's; "grew in the spring", written in February, last year's. After "for"
// a season is a date only as an appointment's ("planned for the autumn"), not a noun's aim ("plans for the summer").

export interface PeriodSpan {
  start: number;
  end: number;
  value: string;
}

const NUM = String.raw`(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)`;
const PERIOD = new RegExp(
  [
    String.raw`\b(?<ago>(?:a|one)\s+year\s+(?:earlier|ago)|year[-\s](?:earlier|ago)(?=\s+\p{L}))\b`,
    String.raw`\b(?<cur>(?:the|this|its|their)\s+(?:(?:current|full|latest|present|new)\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?year)\b(?![-‐]|\s*(?:\d|['’]s\b|before|after|earlier|later|ago|of\b|in\s+which|when|two|nineteen))`,
    String.raw`\b(?<end>(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+year|year[-\s]end|year['’]s\s+end)\b`,
    String.raw`\b(?<q>(?:the\s+)?${NUM}[-\s](?:fiscal\s+)?quarter)\b(?:\s+of\s+(?<qy>(?:19|20)\d\d)\b)?`,
    // "in Q3", "Q1 2026": the short form, after a preposition or a determiner or before its year ("the Audi Q3" is no quarter)
    String.raw`(?:(?<=\b(?:in|during|for|by|since|until|through|from|to|and|or|of|the|its|their|a)\s+)|(?=Q[1-4]\s+(?:19|20)\d\d\b))\b(?<qs>Q(?<qn>[1-4]))(?:\s+(?<qsy>(?:19|20)\d\d))?\b`,
    // "FY2026", "FY 2027", "FY26": a fiscal year by the calendar year it ends in, as "fiscal 2026"
    String.raw`\bFY\s?(?<fy>(?:19|20)\d\d|\d\d)\b`,
    String.raw`\b(?:(?<slead>last|this|next|coming|past)\s+|(?:in|into|during|over|throughout|by|until|till|since|through|before|after|(?<=\b(?:planned|scheduled|set|slated|due|expected|booked)\s+)for)\s+(?:the\s+)?(?:early\s+|late\s+)?)(?<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)`,
  ].join("|"),
  "giu",
);

const QUARTER: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4 };
/** The month each season begins (winter is named by the year its December falls in). */
const SEASON: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** `direction(start, end)`: the clause's direction at that span of the sentence (tense.ts). */
export function findPeriods(sentence: string, offset: number, pub: Pub | null, direction: (start: number, end: number) => Direction = () => 0): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (const m of matchesOf(PERIOD, sentence)) {
    const g = m.groups!;
    let at = m.index!, len = m[0].length, value: number | null = null;
    if (g.q && g.qy) value = +g.qy;
    else if (g.qs && g.qsy) value = +g.qsy;
    else if (g.fy) value = g.fy.length === 4 ? +g.fy : +g.fy + (+g.fy < 50 ? 2000 : 1900);
    else if (!pub) continue;
    else if (g.ago) value = pub.y - 1;
    else if (g.cur) value = NEW_YEAR.test(g.cur) && pub.m >= 10 && direction(at, at + len) > 0 ? pub.y + 1 : pub.y;
    else if (g.end) value = pub.y;
    else if (g.qs || g.q) {
      const q = g.qs ? +g.qn! : QUARTER[g.q!.replace(/^the\s+/i, "").split(/[-\s]/)[0]!.toLowerCase()]!;
      value = REPORTED.test(sentence.slice(at + len, at + len + 24)) ? reportedYear(q, pub, direction(at, at + len)) : quarterYear(q, pub, direction(at, at + len));
    }
    else if (g.season) {
      const lead = (g.slead ?? "").toLowerCase();
      // the preposition stays outside the span, where the clause reader looks for it ("into the summer")
      const prep = /^(?:in|into|during|over|throughout|by|until|till|since|through|before|after|for)\s+/i.exec(m[0]);
      if (prep) (at += prep[0].length), (len -= prep[0].length);
      value = seasonYear(SEASON[g.season.toLowerCase()]!, lead, pub, lead ? 0 : direction(at, at + len));
    }
    if (value !== null) out.push({ start: offset + at, end: offset + at + len, value: String(value) });
  }
  return out;
}

/** Figures a report gives for a quarter: "third-quarter results", "Q2 earnings", "the first quarter's profit". */
const REPORTED = /^(?:['’]s)?\s+(?:\p{L}+\s+)?(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|figures|numbers|accounts|dividend)\b/iu;

/** "the new year", which lies ahead when written late in the year under a future clause. */
const NEW_YEAR = /\bnew\s+year$/i;

/**
 * The quarter whose figures a report gives ("second-quarter results will be published", written in July): a report
 * to come is of the quarter that ended last or will end, a report made of the latest quarter begun.
 */
function reportedYear(q: number, pub: Pub, dir: Direction): number {
  if (dir > 0) return pub.m <= q * 3 + 1 ? pub.y : pub.y + 1;
  return quarterYear(q, pub, -1);
}

/**
 * A reported quarter is a past one ("the fourth quarter", written in February, is last
 * year's); under a future clause, the first that has not ended.
 */
function quarterYear(q: number, pub: Pub, dir: Direction): number {
  if (dir > 0) return q * 3 < pub.m ? pub.y + 1 : pub.y;
  return (q - 1) * 3 + 1 > pub.m ? pub.y - 1 : pub.y;
}

/**
 * "last summer": the latest one begun and ended before publication; "next" the first begun
 * after; a season under a future clause, the first not yet over; under a past one, the latest
 * begun; otherwise this year's.
 */
function seasonYear(first: number, lead: string, pub: Pub, dir: Direction): number {
  const now = pub.y * 12 + pub.m;
  const ended = (y: number) => y * 12 + first + 2 < now;
  if (lead === "last" || lead === "past") return ended(pub.y) ? pub.y : ended(pub.y - 1) ? pub.y - 1 : pub.y - 2;
  if (lead === "next" || lead === "coming") return first > pub.m ? pub.y : pub.y + 1;
  if (dir > 0) return [pub.y - 1, pub.y].find((y) => !ended(y)) ?? pub.y + 1;
  if (dir < 0) return pub.y * 12 + first > now ? pub.y - 1 : pub.y;
  return pub.y;
}
