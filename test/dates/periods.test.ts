import { describe, expect, it } from "vitest";
import { extractDates, findVagueTimes } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests. Published Friday 22 March 2013 unless said otherwise.
const dates = (text: string, published: string | null = "2013-03-22") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("periods at the year's grain", () => {
  it.each([
    ["Profit doubled from a year earlier.", [["a year earlier", "2012"]]],
    ["Sales fell from a year ago.", [["a year ago", "2012"]]],
    ["The year-ago quarter was weak.", [["year-ago", "2012"]]],
    ["Costs will rise this fiscal year.", [["this fiscal year", "2013"]]],
    ["Growth slowed in the current fiscal year.", [["the current fiscal year", "2013"]]],
    ["Revenue for the full year reached $4 billion.", [["the full year", "2013"]]],
    ["The merger should close by year-end.", [["year-end", "2013"]]],
    ["Jobs will be cut by the end of the year.", [["the end of the year", "2013"]]],
  ])("%s", (text, rows) => expect(dates(text)).toEqual(rows));
});

describe("quarters and seasons are a year, the text keeps the finer reading", () => {
  it.each([
    ["Earnings rose in the first quarter.", "2013-03-22", [["the first quarter", "2013"]]],
    ["Earnings rose in the fourth quarter.", "2013-03-22", [["the fourth quarter", "2012"]]],
    ["Earnings rose in the third quarter of 2011.", "2013-03-22", [["the third quarter of 2011", "2011"]]],
    ["The offensive stalled last summer.", "2013-03-22", [["last summer", "2012"]]],
    ["The offensive stalled last summer.", "2013-10-02", [["last summer", "2013"]]],
    ["Elections are due next spring.", "2013-03-22", [["next spring", "2014"]]],
    ["Elections are due next autumn.", "2013-03-22", [["next autumn", "2013"]]],
    ["A new round of talks opens this winter.", "2013-03-22", [["this winter", "2013"]]],
    ["The dam burst in the summer.", "2013-10-02", [["the summer", "2013"]]],
  ])("%s (published %s)", (text, published, rows) => expect(dates(text, published)).toEqual(rows));

  it.each([
    ["The new levy will apply from the second quarter.", "2013-11-20", [["the second quarter", "2014"]]],
    ["Profit is expected to recover in the fourth quarter.", "2013-02-11", [["the fourth quarter", "2013"]]],
    ["The bridge should reopen by summer.", "2013-11-20", [["summer", "2014"]]],
    ["The hotel grew busier in the spring.", "2013-02-11", [["the spring", "2012"]]],
    ["The choir will tour abroad in the new year.", "2013-11-20", [["the new year", "2014"]]],
    ["The choir toured abroad in the new year.", "2013-02-11", [["the new year", "2013"]]],
  ])("a quarter or season on its clause's side of publication: %s (published %s)", (text, published, rows) =>
    expect(dates(text, published)).toEqual(rows),
  );

  it("'the fall of' is an event, not a season", () => {
    expect(dates("Since the fall of the regime, prices have soared.")).toEqual([]);
  });
});

describe("a month with a lead word or a year after it", () => {
  it.each([
    ["The two presidents signed the treaty last May.", [["last May", "2012-05"]]],
    ["The helicopters crashed last February.", [["last February", "2012-02"]]],
    ["Orvel Dane was arrested in July last year.", [["July last year", "2012-07"]]],
    ["The three countries join in April next year.", [["April next year", "2014-04"]]],
    ["Police returned in January this year.", [["January this year", "2013-01"]]],
    ["The election is due this September.", [["this September", "2013-09"]]],
    ["Shares fell from the previous Friday.", [["previous Friday", "2013-03-15"]]],
  ])("%s", (text, rows) => expect(dates(text)).toEqual(rows));
});

describe("vague references keep no value", () => {
  it.each([
    "Prices are now twice as high.",
    "The army recently moved north.",
    "The rebels will soon run out of fuel.",
    "At the time, nobody objected.",
  ])("%s", (text) => expect(dates(text)).toEqual([]));

  it("events can still read them as date_text", () => {
    expect(findVagueTimes(doc("The army recently moved north.")).map((v) => v.text)).toEqual(["recently"]);
  });
});
