import { matchesOf } from "../text/matches.js";
// Relative expressions that count from the text's own date, not from publication:
// "On May 3 they met. Two days later, …", "in 1957 … later that year", "the
// following month", "the day before". chrono counts these from its reference
// instant only, so the anchoring is ours: the nearest date the same paragraph
// gave before the expression. Without one, the counted ones ("two days later")
// fall back to publication and the pointing ones ("that year") are not dated.

export interface AnchoredSpan {
  start: number;
  end: number;
  unit: "day" | "week" | "month" | "year" | "season";
  /** For a season, the month it begins (winter: December, named by the year its December falls in). */
  season?: number;
  /** Signed count of units from the anchor; 0 with `same` = the anchor's own period. */
  count: number;
  same: boolean;
  /** Counted only from a date that names its month ("in March"): "the end of the month" after "on Monday" is publication's. */
  named?: true;
}

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: NaN, few: NaN };
const UNIT = String.raw`(day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)`;
const SEASON: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const ANCHORED = new RegExp(
  [
    String.raw`\b(?<that>(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+${UNIT})\b`,
    String.raw`\b(?<next>the\s+(?:following|next|previous|preceding)\s+${UNIT})\b`,
    // "the day before." counts from the last date; "the day after his death" from an event we cannot date
    String.raw`\b(?<around>the\s+${UNIT}\s+(?:before|after))\b(?!\s+[\p{L}\p{N}])`,
    // "lapses at the end of the month": the month of the last date that names one, else publication's
    String.raw`\b(?<part>(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+month)\b`,
    String.raw`\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<nunit>days?|weeks?|months?|years?)\s+(?<dir>later|earlier)\b(?!\s+than\b)`,
  ].join("|"),
  "giu",
);

function unitOf(word: string): AnchoredSpan["unit"] {
  const w = word.toLowerCase().replace(/s$/, "");
  return w === "week" || w === "month" || w === "year" ? w : SEASON[w] ? "season" : "day";
}

export function findAnchored(sentence: string, offset: number): AnchoredSpan[] {
  const out: AnchoredSpan[] = [];
  for (const m of matchesOf(ANCHORED, sentence)) {
    const g = m.groups!, low = m[0].toLowerCase();
    const span = { start: offset + m.index!, end: offset + m.index! + m[0].length };
    const unitWord = /\b(day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)s?\b/i.exec(m[0])![1]!;
    const season = SEASON[unitWord.toLowerCase()];
    // "the summer before" has no such reading; "that summer", "the following spring" do
    if (season && g.around) continue;
    if (g.part) out.push({ ...span, unit: "month", count: 0, same: false, named: true });
    else if (g.that) out.push({ ...span, unit: unitOf(unitWord), count: 0, same: true, ...(season ? { season } : {}) });
    else if (g.next || g.around) {
      const back = /\b(previous|preceding|before)\b/.test(low);
      out.push({ ...span, unit: unitOf(unitWord), count: back ? -1 : 1, same: false, ...(season ? { season } : {}) });
    } else {
      const n = /^\d+$/.test(g.n!) ? +g.n! : COUNT[g.n!.toLowerCase()]!;
      if (!Number.isFinite(n)) continue;
      out.push({ ...span, unit: unitOf(g.nunit!), count: g.dir!.toLowerCase() === "earlier" ? -n : n, same: false });
    }
  }
  return out;
}

/** The anchored value: `anchor` is a contract value (YYYY, YYYY-MM or YYYY-MM-DD); null when it is too coarse for the unit. */
export function shift(anchor: string, a: AnchoredSpan): string | null {
  const [y, m, d] = anchor.split("-").map(Number) as [number, number?, number?];
  const pad = (n: number) => String(n).padStart(2, "0");
  if (a.unit === "year") return String(y + a.count);
  // "that summer" is the anchor year's; "the following spring" the first to begin after the anchor, "the previous
  // winter" the last to end before it (a year alone: the next or the previous year's)
  if (a.unit === "season") {
    const s = a.season!;
    if (a.count === 0) return String(y);
    if (a.count > 0) return String(m !== undefined && s > m ? y : y + 1);
    return String(m !== undefined && s + 2 < m ? y : y - 1);
  }
  if (m === undefined) return null;
  if (a.unit === "month") {
    const k = y * 12 + m - 1 + a.count;
    return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
  }
  // "that week" is no day: the anchor's month
  if (a.unit === "week" && a.same) return `${y}-${pad(m)}`;
  if (d === undefined) return null;
  const t = new Date(Date.UTC(y, m - 1, d + a.count * (a.unit === "week" ? 7 : 1)));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
