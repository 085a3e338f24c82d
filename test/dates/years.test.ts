import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests.
const dates = (text: string, published: string | null = "2013-03-22") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("years in any position", () => {
  it.each([
    ["The 2010 commando raid killed four men.", [["2010", "2010"]]],
    ["His 2007 presidential campaign ran out of money.", [["2007", "2007"]]],
    ["A 2009 analysis found no link.", [["2009", "2009"]]],
    ["Russia's 2014 annexation of the peninsula was condemned.", [["2014", "2014"]]],
    ["The group began to fall apart in mid-1996.", [["1996", "1996"]]],
    ["The embargo was tightened in 2012.", [["2012", "2012"]]],
    ["Sales grew in fiscal 2011.", [["2011", "2011"]]],
    ["The post-1945 order is fraying.", [["1945", "1945"]]],
  ])("%s", (text, rows) => expect(dates(text)).toEqual(rows));
});

describe("ranges are a start and an end row", () => {
  it.each([
    ["The swine flu pandemic of 2009-2010 strained hospitals.", [["2009", "2009"], ["2010", "2010"]]],
    ["The expedition of 1957-58 mapped the coast.", [["1957", "1957"], ["58", "1958"]]],
    ["The 1999-00 season was cut short.", [["1999", "1999"], ["00", "2000"]]],
    ["The drought lasted from 1991 to 1997.", [["1991", "1991"], ["1997", "1997"]]],
    ["Births declined between 1982 and 1992.", [["1982", "1982"], ["1992", "1992"]]],
    ["Shares were bought from Aug. 26 to Oct. 20.", [["Aug. 26", "2012-08-26"], ["Oct. 20", "2012-10-20"]]],
  ])("%s", (text, rows) => expect(dates(text)).toEqual(rows));

  it("a range whose end is not after its start is no range", () => {
    expect(dates("The code reads 1995-1990 on the label.")).toEqual([["1995", "1995"]]);
  });
});

describe("four digits that are not years", () => {
  it.each([
    "The army sent 2000 troops to the border.",
    "The Dow closed at 1990.5 points.",
    "The train leaves at 1500 GMT.",
    "Flight 1937 landed safely.",
    "The fund holds $2010 per member.",
    "About 1,995 people were evacuated.",
    "The 1990s were a hard decade.",
  ])("%s", (text) => expect(dates(text)).toEqual([]));
});

describe("spoken years", () => {
  it.each([
    ["The bombing of nineteen ninety-six shocked the city.", [["nineteen ninety-six", "1996"]]],
    ["The promise to halve unemployment by the year two thousand was dropped.", [["the year two thousand", "2000"]]],
    ["In nineteen seventy-nine the border closed.", [["nineteen seventy-nine", "1979"]]],
    // a month before a spoken year takes it, whatever the tense would say
    ["The mine reopened in October nineteen eighty-four.", [["October nineteen eighty-four", "1984-10"]]],
    ["Hostages were freed. August nineteen ninety. The talks failed.", [["August nineteen ninety", "1990-08"]]],
  ])("%s", (text, rows) => expect(dates(text)).toEqual(rows));

  it("a spoken count is not a year", () => {
    expect(dates("By two thousand soldiers the column had grown.")).toEqual([]);
  });
});
