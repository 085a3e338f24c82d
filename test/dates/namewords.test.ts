import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests. Published Wednesday 25 November 2026.
const dates = (text: string) => extractDates(doc(text, "2026-11-25")).map((d) => [d.text, d.value]);

describe("a day word inside a name is no date", () => {
  it.each([
    "She told the Harbour Radio Today programme that talks had failed.",
    "Figures compiled by Carver Today showed a rise.",
    "The Sunday Courier reported the resignation.",
    "He wrote a column for the Tomorrow Project.",
  ])("%s", (text) => expect(dates(text)).toEqual([]));

  it.each([
    ["Today, the minister resigned.", [["Today", "2026-11-25"]]],
    ['"Today we vote," she said.', [["Today", "2026-11-25"]]],
    ["He put it plainly: Tomorrow the plant closes.", [["Tomorrow", "2026-11-26"]]],
    ["The vote is on Sunday.", [["on Sunday", "2026-11-29"]]],
  ])("keeps the day opening a sentence, a quotation or a clause: %s", (text, rows) => expect(dates(text)).toEqual(rows));
});
