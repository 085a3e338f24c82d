import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests.
const dates = (text: string, published: string | null) => extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("holidays whose day follows from a rule", () => {
  it.each([
    // the fourth Thursday of November, the nearest one to publication
    ["Turkeys sold out before Thanksgiving.", "2013-03-22", "Thanksgiving", "2012-11-22"],
    ["Stores open early on Thanksgiving Day.", "2013-10-30", "Thanksgiving Day", "2013-11-28"],
    // the Tuesday after the first Monday of November
    ["Voters go to the polls on Election Day.", "2012-10-20", "Election Day", "2012-11-06"],
    ["Voters went to the polls on Election Day.", "2010-11-05", "Election Day", "2010-11-02"],
    ["The shop closed last Christmas.", "2013-03-22", "last Christmas", "2012-12-25"],
    ["The shop will reopen next Christmas Eve.", "2013-03-22", "next Christmas Eve", "2013-12-24"],
    ["Fireworks lit the sky on New Year's Eve.", "2013-01-02", "New Year's Eve", "2012-12-31"],
    ["The law takes effect on New Year's Day.", "2013-12-02", "New Year's Day", "2014-01-01"],
  ])("%s", (text, published, t, v) => expect(dates(text, published)).toEqual([[t, v]]));

  it.each([
    // the day after Thanksgiving; two days before Western Easter, on the clause's side of publication
    ["Queues formed outside the mall on Black Friday.", "2027-12-03", "Black Friday", "2027-11-26"],
    ["The abbey was packed on Good Friday.", "2028-12-15", "Good Friday", "2028-04-14"],
    ["The abbey will hold a vigil on Good Friday.", "2028-12-15", "Good Friday", "2029-03-30"],
    ["Fireworks lit the harbour on New Year's Eve.", "2027-07-02", "New Year's Eve", "2026-12-31"],
  ])("%s", (text, published, t, v) => expect(dates(text, published)).toEqual([[t, v]]));

  it("a holiday heading a name is no date", () => {
    expect(dates("The Good Friday Accord ended the feud.", "2028-12-15")).toEqual([]);
  });

  it("a holiday whose day depends on the country is not guessed", () => {
    expect(dates("Parades were held on Independence Day.", "2013-07-10")).toEqual([]);
  });

  it("without a publication date a holiday gets no row", () => {
    expect(dates("Turkeys sold out before Thanksgiving.", null)).toEqual([]);
  });
});
