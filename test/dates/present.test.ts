import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import type { Doc } from "../../loaders/types.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests. Published Wednesday 18 November 2026.
const PUB = "2026-11-18";
const dates = (text: string) => extractDates(doc(text, PUB)).map((d) => [d.text, d.value]);

describe("a timetable told in the present sets its weekday ahead", () => {
  it.each([
    ["Polls open on Sunday and close at eight in the evening.", "on Sunday", "2026-11-22"],
    ["The team plays the league leaders on Saturday.", "on Saturday", "2026-11-21"],
    ["Talks resume on Monday, officials in Velmora said.", "on Monday", "2026-11-23"],
    ["The two premiers meet in Ostrava on Tuesday.", "on Tuesday", "2026-11-24"],
    ["Schools reopen on Monday after the floods.", "on Monday", "2026-11-23"],
    ["The minister flies to Tarvik on Friday.", "on Friday", "2026-11-20"],
    ["On Sunday, voters choose a new mayor.", "On Sunday", "2026-11-22"],
    ["Brenholt travels to the coast on Saturday.", "on Saturday", "2026-11-21"],
    // a club's name with the plural verb British usage gives it, and a relative clause's "who"
    ["Harwick travel to Lisbon in the cup on Saturday.", "on Saturday", "2026-11-21"],
    // a noun the lexicon files as an adjective or a verb, a sentence's first plural, a weekday after "is"
    ["The hearing opens on Monday in Harwick.", "on Monday", "2026-11-23"],
    ["Farmers head to the capital on Sunday.", "on Sunday", "2026-11-22"],
    ["The deadline for offers is Friday.", "Friday", "2026-11-20"],
    ["The count takes place on Sunday.", "on Sunday", "2026-11-22"],
    ["The opening has been pushed back to Saturday.", "Saturday", "2026-11-21"],
    ["Dunmore Rovers, who host Harwick on Sunday, are second.", "on Sunday", "2026-11-22"],
    // a report of figures on a set day
    ["Rival Kessel Motors reports results on Friday.", "on Friday", "2026-11-20"],
    ["Kessel and Harwick Bank report on Thursday.", "on Thursday", "2026-11-19"],
    // a pronoun joined to a name, and a demonym's plural noun before the verb
    ["She and Harwick leader Tomas Vell meet the envoy on Monday.", "on Monday", "2026-11-23"],
    ["Estovian officials meet their Norlandic counterparts on Monday.", "on Monday", "2026-11-23"],
    // a two-letter verb the lexicon knows, and a subject placed by "in" and a name
    ["Tickets go on sale on Friday.", "on Friday", "2026-11-20"],
    ["Voters in Estovia go to the polls on Sunday.", "on Sunday", "2026-11-22"],
    ["Fans from Harwick travel to the capital on Saturday.", "on Saturday", "2026-11-21"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a past clause, a noun phrase or a report keeps its weekday behind", () => {
  it.each([
    // the verb after the date is past: "attacks" is its subject, not a verb
    ["Rebel attacks on Monday killed nine soldiers.", "on Monday", "2026-11-16"],
    ["After rebel attacks on Monday, the army withdrew.", "on Monday", "2026-11-16"],
    // past forms the lexicon files as nouns or adjectives, and pasts spelled like presents
    ["Harbin Steel shares rose 4 percent on Monday.", "on Monday", "2026-11-16"],
    // a relative clause in the past, and a name's unknown lower-case word that is no verb
    ["Dunmore Rovers, who escaped relegation on Sunday, are second.", "on Sunday", "2026-11-15"],
    ["Results of the Harwick Open squash tournament on Tuesday (seeds in brackets):", "on Tuesday", "2026-11-17"],
    ["Second round scores in the Harwick Classic on Tuesday (seeds in brackets):", "on Tuesday", "2026-11-17"],
    ["On Friday, the Velmoran government planned to pay the families.", "On Friday", "2026-11-13"],
    ["The envoy left the capital on Monday for talks.", "on Monday", "2026-11-16"],
    ["Officials set the date on Monday.", "on Monday", "2026-11-16"],
    // a plural noun after a bare noun heads a compound, and a colon heads a list
    ["Semifinal results in the Brenholt Open on Saturday.", "on Saturday", "2026-11-14"],
    ["Results of the league matches on Saturday:", "on Saturday", "2026-11-14"],
    // a report in the present is of what was said, not a timetable
    ["The minister says on Monday that the plan stands.", "on Monday", "2026-11-16"],
    // a subject placed by "in" and a name, its verb past
    ["Police in Harwick said on Monday that two men were held.", "on Monday", "2026-11-16"],
    ["Prices in Estovia rose on Sunday.", "on Sunday", "2026-11-15"],
    // a clause after a comma does not lend its verb across it
    ["The delegates will leave, with talks on Monday that ended badly.", "on Monday", "2026-11-16"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("the headline's present tells the past", () => {
  it("reads a headline's weekday as past", () => {
    const text = "Polls open on Sunday in Velmora\n\nThe count began at once.";
    const sentences = splitSentences(text).map((s, i) => (i === 0 ? { ...s, headline: true as const } : s));
    const d: Doc = { id: "a", text, published: PUB, sentences };
    expect(extractDates(d).map((r) => [r.text, r.value])).toEqual([["on Sunday", "2026-11-15"]]);
  });
});

describe("only a weekday moves: a day of a month keeps the nearest year", () => {
  it("reads a present rule's month and day as the nearest", () => {
    expect(dates("The new rules take effect on Sept. 15.")).toEqual([["Sept. 15", "2026-09-15"]]);
  });
});

describe("a clause's tense is searched back only to its comma", () => {
  it("does not take a relative clause's infinitive for the main clause's tense", () => {
    const text = "The envoys, who have been invited to watch the vote, turned up at a meeting on Thursday, and Lund was quick to greet them.";
    expect(dates(text)).toEqual([["on Thursday", "2026-11-12"]]);
  });
});

describe("a month's name in lower case", () => {
  it("is no date, also beside one", () => {
    expect(dates("The protesters plan another march on December 7. They may march again.")).toEqual([["December 7", "2026-12-07"]]);
  });
});

describe("a date a past verb appoints", () => {
  it.each([
    ["Judge Ana Lima scheduled sentencing for Jan. 9.", "Jan. 9", "2027-01-09"],
    ["The court adjourned the case until Feb. 2.", "Feb. 2", "2027-02-02"],
    ["The trial was postponed to Jan. 20.", "Jan. 20", "2027-01-20"],
    ["Judge Ana Lima has scheduled a hearing Friday to hear the appeal.", "Friday", "2026-11-20"],
    // a passive appointment with "for", and "set" and "slated" as appointing verbs
    ["The hearing was set for Friday.", "Friday", "2026-11-20"],
    ["The vote is slated for Thursday.", "Thursday", "2026-11-19"],
    ["The hearing was scheduled for Friday.", "Friday", "2026-11-20"],
    ["Unions planned a march through Harwick on Saturday.", "on Saturday", "2026-11-21"],
  ])("%s lies on the nearer side", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a span counted from an event", () => {
  it("is no date", () => {
    expect(dates("Work resumes on Friday, more than five weeks after a cyberattack shut the plant.")).toEqual([["on Friday", "2026-11-20"]]);
  });
});

describe("a day and month half a year away, with nothing in the clause to say which side", () => {
  it("is the one behind, as news tells the past more often", () => {
    expect(dates("The fund's peak, May 16, is still the mark to beat.")).toEqual([["May 16", "2026-05-16"]]);
  });
});

describe("a deadline inside an infinitive's clause", () => {
  it("is the plan's, ahead", () => {
    expect(dates("Norvia Steel closed the mill, and the closure is one step in a scheme to halve its debt by March.")).toEqual([["March", "2027-03"]]);
  });
  it("but a deadline met in the past stays behind", () => {
    expect(dates("Sales had doubled by February, the firm said.")).toEqual([["February", "2026-02"]]);
  });
});

describe("a date between a determiner and its noun", () => {
  it("names the noun's day, on the nearer side, whatever the clause's verbs say", () => {
    expect(dates("It is one step in the mayor's plan to lift parking fees after her win in the Aug. 2 council elections.")).toEqual([["Aug. 2", "2026-08-02"]]);
  });
});
