import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Published Wednesday 6 March 2024 unless a test says otherwise. Invented sentences.
const dates = (text: string, published: string | null = "2024-03-06") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("a bare ordinal after a preposition of time is a day of the month", () => {
  it.each([
    ["The sluice gates close on the 20th.", "the 20th", "2024-03-20"],
    ["The stall reopened on the 2nd.", "the 2nd", "2024-03-02"],
    ["Entries must arrive by the 1st.", "the 1st", "2024-04-01"],
    ["The ferry sailed on the 28th.", "the 28th", "2024-02-28"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));

  it("not an ordinal that modifies a noun", () => {
    expect(dates("The chapel dates from the 12th century.")).toEqual([]);
    expect(dates("Offices on the 9th floor were evacuated.")).toEqual([]);
  });
});

describe("counted forward from now", () => {
  it.each([
    ["A year from now, the depot will employ 300 people.", "A year from now", "2025"],
    ["Voters return three weeks from now.", "three weeks from now", "2024-03"],
    ["Ten days from now, the bridge closes.", "Ten days from now", "2024-03-16"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));

  it("'from now to' a date is no date by itself", () => {
    expect(dates("It will be our theme from now to the vote.")).toEqual([]);
  });
});
