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

describe("a clause's side of publication", () => {
  it.each([
    // a forecast told in the present lies ahead
    ["Gales are forecast for Friday along the coast.", "Friday", "2024-03-08"],
    ["Rain is predicted for Saturday.", "Saturday", "2024-03-09"],
    // a timetable verb after a hyphenated subject
    ["The play-off kicks off on Sunday.", "Sunday", "2024-03-10"],
    // a possessive's event awaited
    ["Bond traders await Friday's payroll figures.", "Friday", "2024-03-08"],
    ["Markets steadied ahead of Thursday's budget.", "Thursday", "2024-03-07"],
    // a future verb acting at an event the date names
    ["The mayor said on Monday that she would stand in the January election.", "January", "2025-01"],
    // a possibility held to a deadline
    ["Engineers warned that the canal could silt up by August.", "August", "2024-08"],
  ])("%s", (text, t, v) => expect(dates(text).find(([x]) => x!.includes(t))?.[1]).toBe(v));

  it("a possessive weekday is otherwise behind", () => {
    expect(dates("Friday's landslide buried two farms.")).toEqual([["Friday", "2024-03-01"]]);
  });
});

describe("month names that are no dates", () => {
  it.each([
    "Farmers March Against Water Levy",
    "Nurses March to the Assembly over pay.",
    "Dr. April Tamsin chairs the review.",
    "The committee heard from Ms. June Varga.",
  ])("%s", (text) => expect(dates(text)).toEqual([]));

  it.each([
    ["Sales rose in March on strong demand.", "March", "2024-03"],
    ["The annual count ended March with a surplus.", "March", "2024-03"],
    ["Farmers marched in January against the levy.", "January", "2024-01"],
  ])("keeps the month: %s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a past verb right before 'in' and a month", () => {
  it.each([
    ["The kiosk, which opened in November, will shut in spring.", "2024-09-20", "November", "2023-11"],
    ["Rents had climbed in December, the agency said.", "2024-10-15", "December", "2023-12"],
    ["Turnout fell in November, officials said.", "2024-10-15", "November", "2023-11"],
  ])("%s", (text, published, t, v) => expect(dates(text, published).find(([x]) => x === t)?.[1]).toBe(v));

  it("a present passive is no past: 'is heard in December'", () => {
    expect(dates("The appeal is heard in December.", "2024-10-15")).toEqual([["December", "2024-12"]]);
  });
});

describe("a participle after its noun is timed by the clause's verb", () => {
  it.each([
    ["Analysts said revenue in the season starting in April would top records.", "April", "2025-04"],
    ["The firm said profit in the quarter ending in June rose 5 percent.", "June", "2024-06"],
  ])("%s", (text, t, v) => expect(dates(text, "2024-09-10").find(([x]) => x === t)?.[1]).toBe(v));
});
