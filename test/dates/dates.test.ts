import { describe, expect, it } from "vitest";
import { extractDates, findVagueTimes } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Published Wednesday 6 March 2024 unless a test says otherwise.
const dates = (text: string, published: string | null = "2024-03-06") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("weekdays: the latest such day on or before publication", () => {
  it.each([
    ["The talks ended on Monday.", "on Monday", "2024-03-04"],
    ["Voting closed on Wednesday.", "on Wednesday", "2024-03-06"],
    ["The minister resigned last Thursday.", "last Thursday", "2024-02-29"],
    ["Protests began last Wednesday.", "last Wednesday", "2024-02-28"],
    ["The envoy arrives next Friday.", "next Friday", "2024-03-08"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));

  it("the early hours of a day and 'overnight' date that day", () => {
    expect(dates("Missiles struck in the early hours of Tuesday morning.")).toEqual([["Tuesday morning", "2024-03-05"]]);
    expect(dates("The city was shelled overnight.")).toEqual([["overnight", "2024-03-06"]]);
  });

  it("'overnight' gives way to a day the sentence names", () => {
    expect(dates("Drones attacked overnight into Monday.")).toEqual([["Monday", "2024-03-04"]]);
  });
});

describe("periods keep their precision", () => {
  it.each([
    ["Fighting intensified last week.", "last week", "2024-02"],
    ["A deal is expected later this week.", "later this week", "2024-03"],
    ["Parliament votes next month.", "next month", "2024-04"],
    ["Exports fell last year.", "last year", "2023"],
    ["Elections are due next year.", "next year", "2025"],
    ["Prices have risen since January.", "January", "2024-01"],
    ["Deliveries were completed by November.", "November", "2023-11"],
    ["The war began in February 2022.", "February 2022", "2022-02"],
    ["The embargo was lifted in 2014.", "2014", "2014"],
    ["The treaty was signed on June 5.", "June 5", "2023-06-05"],
    ["The treaty was signed on 5 March 2023.", "on 5 March 2023", "2023-03-05"],
    ["The ceasefire collapsed two days ago.", "two days ago", "2024-03-04"],
    ["Officials met yesterday.", "yesterday", "2024-03-05"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a bare weekend takes its clause's direction, kept to the month", () => {
  // Published Monday 2 March 2026: the weekend before was in February, the one after in March.
  it.each([
    ["The ministers met over the weekend.", "the weekend", "2026-02"],
    ["Protesters gathered in the square at the weekend.", "the weekend", "2026-02"],
    ["The ministers will meet over the weekend.", "the weekend", "2026-03"],
  ])("%s", (text, t, v) => expect(dates(text, "2026-03-02")).toEqual([[t, v]]));

  it("a weekend that is not the time of the clause is no date", () => {
    expect(dates("The weekend edition sold out.", "2026-03-02")).toEqual([]);
  });
});

describe("not dates", () => {
  it.each([
    "Offices open 9am-6pm on weekdays.",
    "The drones were launched recently.",
    "About 12,000 troops were sent.",
    "The 1990s were a hard decade.",
  ])("%s", (text) => expect(dates(text)).toEqual([]));

  it("vague expressions are offered for events, not as dates rows", () => {
    expect(findVagueTimes(doc("The two sides recently ratified a pact.")).map((v) => v.text)).toEqual(["recently"]);
  });
});

describe("without a publication date", () => {
  it("keeps absolute dates and drops relative ones", () => {
    expect(dates("Talks began last week and resume on Monday.", null)).toEqual([]);
    expect(dates("The war began in February 2022.", null)).toEqual([["February 2022", "2022-02"]]);
    expect(dates("The embargo was lifted in 2014.", null)).toEqual([["2014", "2014"]]);
    expect(dates("It was signed on 5 March 2023.", null)).toEqual([["on 5 March 2023", "2023-03-05"]]);
    expect(dates("It was signed on June 5.", null)).toEqual([]);
  });
});

it("offsets index the text", () => {
  const text = "Last week, talks stalled. On Monday, they resumed.\n\nA deal is expected later this week.";
  for (const d of extractDates(doc(text))) expect(text.slice(d.start, d.end)).toBe(d.text);
});

describe("'last' as a verb", () => {
  it("after 'to' or a modal gives a duration, no date", () => {
    expect(dates("The trial opened on Monday and is expected to last six weeks.")).toEqual([["on Monday", "2024-03-04"]]);
    expect(dates("The strike could last months, the union said.")).toEqual([]);
  });

  it("leaves 'last week' after 'to' a date", () => {
    expect(dates("Referring to last week's talks, he said a deal was close.")).toEqual([["last week", "2024-02"]]);
  });
});
