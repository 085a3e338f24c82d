import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// For any article date and any explicit day-month-year written in the text, in any
// of the usual forms and under any tense, the row over it has that day's value.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const pad = (n: number) => String(n).padStart(2, "0");

const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });

const FORMS: ((y: number, m: number, d: number) => string)[] = [
  (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
  (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
  (y, m, d) => `${SHORT[m - 1]} ${d}, ${y}`,
];

const FRAMES: ((date: string) => string)[] = [
  (x) => `The talks ended on ${x}.`,
  (x) => `The talks will end on ${x}.`,
  (x) => `On ${x}, the two sides are due to sign a truce.`,
  (x) => `The minister said the deal, signed on ${x}, would hold.`,
  (x) => `Officials plan to reopen the border crossing on ${x} if the ceasefire holds.`,
  (x) => `He has lived there since ${x}.`,
];

describe("an explicit day, month and year", () => {
  it("resolves to that day whatever the article's date and the clause's tense", () => {
    fc.assert(
      fc.property(day, day, fc.nat(FORMS.length - 1), fc.nat(FRAMES.length - 1), (when, published, form, frame) => {
        const [y, m, d] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
        const phrase = FORMS[form]!(y, m, d);
        const text = FRAMES[frame]!(phrase);
        const pub = published.toISOString().slice(0, 10);
        const at = text.indexOf(phrase);
        const rows = extractDates(doc(text, pub)).filter((r) => r.start < at + phrase.length && at < r.end);
        expect(rows.map((r) => r.value)).toEqual([`${y}-${pad(m)}-${pad(d)}`]);
      }),
      { numRuns: 300 },
    );
  });
});
