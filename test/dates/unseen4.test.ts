import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Published Thursday 14 May 2026 unless a test says otherwise. Invented sentences.
const dates = (text: string, published: string | null = "2026-05-14") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);
const valueOf = (text: string, expr: string, published?: string) =>
  dates(text, published).find(([t]) => t!.includes(expr) || expr.includes(t!))?.[1] ?? null;

describe("a part of a month is the month", () => {
  it.each([
    ["The ferry timetable runs until the end of September.", "September", "2026-09"],
    ["Stocks of grain ran low at the end of April.", "April", "2026-04"],
    ["The lease expires at the end of January 2029.", "January 2029", "2029-01"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("the end of the month is publication's, or that of the month the text named", () => {
    expect(dates("The levy must be paid by the end of the month.")).toEqual([["the end of the month", "2026-05"]]);
    expect(valueOf("The mill shut in August 2019. By the end of the month, its workers had left.", "the end of the month")).toBe("2019-08");
    // a weekday names no month: the month is still publication's
    expect(valueOf("The pact was signed on Monday and lapses at the end of the month.", "the end of the month", "2026-06-03")).toBe("2026-06");
  });

  it("the start of the year is a year", () => {
    expect(dates("Ticket sales have doubled since the start of the year.")).toEqual([["the start of the year", "2026"]]);
  });
});

describe("a counted span that says how long is no date", () => {
  it.each([
    ["The dispute had dragged on for five months by April."],
    ["The envoy was posted abroad for three years in March."],
    ["The inquiry opened in March and could last eight weeks, or start in June and last six weeks."],
    ["The army crossed the plain in ten days in April."],
    ["Output hit its lowest level in three years on Monday."],
  ])("%s", (text) => expect(dates(text).filter(([t]) => /for|last|in\s/.test(t!))).toEqual([]));

  it("'the last six weeks' stays a date of the past", () => {
    expect(valueOf("Rents rose in the last six weeks of winter, a survey said on Monday.", "Monday")).toBe("2026-05-11");
  });
});

describe("a span after 'in' under a clause that looks ahead counts from publication", () => {
  it.each([
    ["The ballot closes in ten days.", "in ten days", "2026-05-24"],
    ["Work on the dam will resume in two weeks, the engineers said on Monday.", "in two weeks", "2026-05"],
    ["The new line will open in a year.", "in a year", "2027"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));
});

describe("a season after 'into', 'over' or 'before'", () => {
  it.each([
    ["The dry spell is expected to last into the summer.", "the summer", "2026"],
    ["Repairs will continue over the winter.", "the winter", "2026"],
    ["The shelters must be built before the winter.", "the winter", "2026"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));
});

describe("an infinitive with its own subject after an adjective plans nothing", () => {
  it("the main verb's past holds", () => {
    expect(valueOf("The strike made it hard for the mill to fill orders in the spring.", "the spring", "2026-10-15")).toBe("2026");
    expect(valueOf("The bank is ready to cut rates in the spring.", "the spring", "2026-10-15")).toBe("2027");
  });
});

describe("a headline's plan: 'to' and a capitalised verb", () => {
  it.each([
    ["Dockers to Strike Tuesday Over Pay", "Tuesday", "2026-05-19"],
    ["Varnholm to Reopen Border Crossing on Saturday", "Saturday", "2026-05-16"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("a name after 'to', or a sentence not in title case, is no plan", () => {
    expect(valueOf("Talks Move to Harwick on Monday", "Monday")).toBe("2026-05-11");
    expect(valueOf("The envoy flew to Harwick Town on Monday.", "Monday")).toBe("2026-05-11");
  });
});

describe("a weekday as the subject of a present verb lies ahead", () => {
  it.each([
    ["Saturday marks fifty years since the dam opened.", "Saturday", "2026-05-16"],
    ["Tuesday is the last day to register.", "Tuesday", "2026-05-19"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("not under a past verb, nor a state", () => {
    expect(valueOf("Tuesday was the last day to register.", "Tuesday")).toBe("2026-05-12");
    expect(valueOf("Tuesday remains a holiday in the north.", "Tuesday")).toBe("2026-05-12");
  });
});

describe("timetables whose subject or object is a phrase", () => {
  it.each([
    // a report of figures named with modifiers
    ["Brenlow Foods reports second-quarter profits on Tuesday.", "Tuesday", "2026-05-19"],
    ["The insurer announces its full-year results on Monday.", "Monday", "2026-05-18"],
    // a subject's head with a complement a determiner opens
    ["Polling for the council seats finishes on Sunday.", "Sunday", "2026-05-17"],
    ["Entries for the coastal rally close on Saturday.", "Saturday", "2026-05-16"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("a past verb or a report of news keeps the past", () => {
    expect(valueOf("Prices of the new tablets rose on Tuesday.", "Tuesday")).toBe("2026-05-12");
    expect(valueOf("The agency reports new cases on Tuesday.", "Tuesday")).toBe("2026-05-12");
  });
});

describe("a planned day called off in the present perfect lies ahead", () => {
  it("ahead under 'has been', behind under 'was'", () => {
    expect(valueOf("The march scheduled for Saturday has been banned.", "Saturday")).toBe("2026-05-16");
    expect(valueOf("The concert planned for Saturday was cancelled.", "Saturday")).toBe("2026-05-09");
  });
});

describe("a plan told in the past and then put off", () => {
  it("is the nearer date, not the next one", () => {
    expect(valueOf("The pipeline was due to open in February but has been postponed.", "February")).toBe("2026-02");
    // without the delay a past plan still looks ahead
    expect(valueOf("The pipeline was due to open in February.", "February")).toBe("2027-02");
  });
});
