import type { Pub } from "./resolve.js";
import { matchesOf } from "../text/matches.js";

// Periods chrono does not read, valued at the contract's coarsest grain that holds
// them: the year. "a year earlier", "year-ago", "the fiscal year", "the current year",
// "year-end", "the third quarter", "last summer". A quarter or season is a year value;
// the text keeps the finer reading.

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
    String.raw`\b(?<end>(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end|year['’]s\s+end)\b`,
    String.raw`\b(?<q>(?:the\s+)?${NUM}\s+(?:fiscal\s+)?quarter)\b(?:\s+of\s+(?<qy>(?:19|20)\d\d)\b)?`,
    String.raw`\b(?:(?<slead>last|this|next|coming|past)\s+|(?:in|during|by|until|since|through)\s+(?:the\s+)?(?:early\s+|late\s+)?)(?<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)`,
  ].join("|"),
  "giu",
);

const QUARTER: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4 };
/** The month each season begins (winter is named by the year its December falls in). */
const SEASON: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

export function findPeriods(sentence: string, offset: number, pub: Pub | null): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (const m of matchesOf(PERIOD, sentence)) {
    const g = m.groups!;
    let at = m.index!, len = m[0].length, value: number | null = null;
    if (g.q && g.qy) value = +g.qy;
    else if (!pub) continue;
    else if (g.ago) value = pub.y - 1;
    else if (g.cur || g.end) value = pub.y;
    else if (g.q) {
      // a reported quarter is a past one: "the fourth quarter", written in February, is last year's
      const q = QUARTER[g.q.replace(/^the\s+/i, "").split(/\s/)[0]!.toLowerCase()];
      value = q && (q - 1) * 3 + 1 > pub.m ? pub.y - 1 : pub.y;
    } else if (g.season) {
      value = seasonYear(SEASON[g.season.toLowerCase()]!, (g.slead ?? "").toLowerCase(), pub);
      const prep = /^(?:in|during|by|until|since|through)\s+/i.exec(m[0]);
      if (prep) (at += prep[0].length), (len -= prep[0].length);
    }
    if (value !== null) out.push({ start: offset + at, end: offset + at + len, value: String(value) });
  }
  return out;
}

/** "last summer": the latest one begun and ended before publication; "next" the first begun after; otherwise this year's. */
function seasonYear(first: number, lead: string, pub: Pub): number {
  const ended = (y: number) => y * 12 + first + 2 < pub.y * 12 + pub.m;
  if (lead === "last" || lead === "past") return ended(pub.y) ? pub.y : ended(pub.y - 1) ? pub.y - 1 : pub.y - 2;
  if (lead === "next" || lead === "coming") return first > pub.m ? pub.y : pub.y + 1;
  return pub.y;
}
