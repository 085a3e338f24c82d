import { matchesOf } from "../text/matches.js";
import { isDataLine } from "./datalines.js";
import { isSpace } from "../text/space.js";
// Rows of a table that the line test alone (datalines.ts) lets by because they carry a
// few lower-case words: a unit or a verdict after the figure ("12.07 metres", "41
// seconds behind", "88 points"), a cricket total ("412 and 96-3", "287-9 declared"), a
// wrapped row's tail ("41st, 77th).", "Oct.07"), a results table's comparison column
// ("Net sales 412.6 vs 388.1"). Alone such a line could be prose; next to rows of a
// table it is one of them. Prose keeps more lower-case words than capitals and numbers.

const FIELD = /\S+/g;
const DIGIT = /\d/;
const UPPER = /^[("'“‘[-]*\p{Lu}/u;
const LOWER = /^[("'“‘[-]*\p{Ll}/u;
/** Words a comparison column or a score puts between its numbers: "31.2 vs 29.7", "2 v 1". */
const BETWEEN = /^(?:vs\.?|v|-|\/|to)$/u;
/** A table's totals row opens with this word: "Total (for 6 wickets, innings closed) 244". */
const TOTAL = /^(?:Sub-?)?Totals?\b/u;
const MAX_FIELDS = 30;
const SIGN_OFF = /^(?:--|—)/u;
/** A field that is a number in a table's columns: "412", "(3.5%)", "$1,200", "96-3". */
const NUMBER_FIELD = /^[(]?[$£€¥#]?[+-]?\d[\d.,:/%-]*[)]?$/u;

interface Shape { numbers: number; capitals: number; lower: number; fields: number }

/** Counts of fields: any field with a digit is a number ("Oct.07", "lb-4", "71st-pen"). */
function shapeOf(line: string): Shape {
  const s: Shape = { numbers: 0, capitals: 0, lower: 0, fields: 0 };
  for (const m of matchesOf(FIELD, line)) {
    s.fields++;
    if (DIGIT.test(m[0])) s.numbers++;
    else if (UPPER.test(m[0])) s.capitals++;
    else if (LOWER.test(m[0])) s.lower++;
  }
  return s;
}

/**
 * A line that may be a row when rows surround it: a number, and no more lower-case
 * words than capitals and numbers less one, nor than numbers plus one ("Eastport 412 and
 * 96-3." yes, "He scored 12 points." no, "At Eastport: Riverton beat Northfield by 6
 * wickets." no), or a totals row ending on its number.
 */
export function isLooseRow(line: string): boolean {
  // No digit, no number among the fields: most lines are prose, and need not be split.
  if (!DIGIT.test(line)) return false;
  const s = shapeOf(line);
  const t = line.trim();
  // A line ending on a colon introduces the table ("Standings after 8 of 11 rounds:"); it is no
  // row. One opening on a double dash is the desk's sign-off ("-- Eastport newsroom +1 555 0100").
  if (s.numbers === 0 || s.fields > MAX_FIELDS || t.endsWith(":") || SIGN_OFF.test(t)) return false;
  if (TOTAL.test(t) && /\d\)?[.]?$/u.test(t)) return true;
  return s.lower <= s.capitals + s.numbers - 1 && s.lower <= s.numbers + 1 && (s.capitals > 0 || s.lower === 0);
}

/**
 * The shape of the columns a line ends on: "N vs N", "N N N", or "" when it ends on
 * fewer than two numbers ("Net sales 412.6 vs 388.1" → "N vs N"). Two neighbouring
 * lines ending on the same columns are rows of one table, whatever their labels say.
 */
export function columnTail(line: string): string {
  const t = line.trim().replace(/[.;,]$/u, "");
  // The tail is read from the last field, which must be a number: a line ending otherwise has none.
  let last = t.length;
  while (last > 0 && !isSpace(t.charCodeAt(last - 1))) last--;
  if (!NUMBER_FIELD.test(t.slice(last))) return "";
  const fields = t.split(/\s+/u);
  const tail: string[] = [];
  let numbers = 0;
  for (let i = fields.length - 1; i >= 0; i--) {
    const f = fields[i]!;
    if (NUMBER_FIELD.test(f)) { tail.unshift("N"); numbers++; }
    else if (BETWEEN.test(f) && tail.length) tail.unshift(f.toLowerCase());
    else break;
  }
  while (tail[0] && tail[0] !== "N") tail.shift();
  return numbers >= 2 ? tail.join(" ") : "";
}

const numbersIn = (line: string): number => shapeOf(line).numbers;

/**
 * Which lines of a story are data, given which the line test marks (`data`): rows whose
 * column tail a neighbour shares, then, outward from every marked line with two numbers
 * or more or a marked neighbour (a row, not a lone dateline), the loose rows next to it
 * and next to those in turn (a scorecard's "not out 31", "Extras 7", "Total 244").
 */
export function dataRuns(lines: string[], data: boolean[]): boolean[] {
  const out = [...data];
  const tails = lines.map(columnTail);
  for (let i = 0; i < lines.length; i++) {
    if (out[i] || !tails[i]) continue;
    if (tails[i] === tails[i - 1] || tails[i] === tails[i + 1]) out[i] = true;
  }
  const loose = lines.map((l, i) => !out[i] && isLooseRow(l));
  // A row has two numbers, or a neighbour that is a row as well (a scorecard's "A. Okafor b Menon 54").
  const seed = (i: number) => out[i] === true && (numbersIn(lines[i]!) >= 2 || data[i - 1] === true || data[i + 1] === true);
  const queue = lines.map((_, i) => i).filter(seed);
  while (queue.length) {
    const i = queue.pop()!;
    for (const j of [i - 1, i + 1]) {
      if (!loose[j]) continue;
      loose[j] = false;
      out[j] = true;
      queue.push(j);
    }
  }
  return out;
}

/**
 * A loose row right beside a table row: the table's, even when its
 * text with digits folded repeats across the outlet's articles, as a scorecard's rows do
 * from one day's card to the next ("J. Okafor not out 0") — not site furniture.
 */
export function isRowBeside(texts: readonly string[], i: number): boolean {
  if (!isLooseRow(texts[i]!)) return false;
  // A row beside: two numbers, or one and a row beyond it (a card's "P. Menon b Demir 21"), not a lone dateline.
  const row = (j: number, beyond: number) =>
    texts[j] !== undefined && isDataLine(texts[j]!) && (isDataLine(texts[j]!, 2) || (texts[beyond] !== undefined && isDataLine(texts[beyond]!)));
  return row(i - 1, i - 2) || row(i + 1, i + 2);
}

/** After a row `prev`, `line` is one more: a loose row, or the same columns at its end ("N vs N"). */
export function continuesTable(prev: string, line: string): boolean {
  if (isLooseRow(line)) return true;
  const tail = columnTail(line);
  return tail !== "" && tail === columnTail(prev);
}
