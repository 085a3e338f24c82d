import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests. Published Friday 22 March 2013 unless said otherwise.
const dates = (text: string, published: string | null = "2013-03-22") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("a weekday follows the tense of its clause", () => {
  it.each([
    ["The committee met on Tuesday.", "on Tuesday", "2013-03-19"],
    ["The committee has met on Tuesday.", "on Tuesday", "2013-03-19"],
    ["The committee will meet on Tuesday.", "on Tuesday", "2013-03-26"],
    ["The committee is set to meet on Tuesday.", "on Tuesday", "2013-03-26"],
    ["The committee is due to meet on Tuesday.", "on Tuesday", "2013-03-26"],
    ["The chairman plans to resign on Tuesday.", "on Tuesday", "2013-03-26"],
    ["The envoy said he would fly home on Tuesday.", "on Tuesday", "2013-03-26"],
    ["On Tuesday, the two sides signed a truce.", "On Tuesday", "2013-03-19"],
    ["On Tuesday, the two sides will sign a truce.", "On Tuesday", "2013-03-26"],
    ["The envoy said on Monday that talks would resume.", "on Monday", "2013-03-18"],
    ["Tuesday's vote was postponed.", "Tuesday", "2013-03-19"],
    ["The summit opens on Tuesday.", "on Tuesday", "2013-03-26"],
    ["The minister travels to Paris on Tuesday.", "on Tuesday", "2013-03-26"],
    ["The envoy said on Tuesday that talks would resume.", "on Tuesday", "2013-03-19"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a bare month moves forward under a future clause and back under a past one", () => {
  it.each([
    ["Closures of the airport will begin in August.", "August", "2013-08"],
    ["Closures of the airport began in August.", "August", "2012-08"],
    ["The plant will close in November.", "November", "2013-11"],
    ["The plant closed in November.", "November", "2012-11"],
    ["The bill must be passed by June.", "June", "2013-06"],
    ["Output has fallen since October.", "October", "2012-10"],
    ["The vote is expected in early June.", "June", "2013-06"],
    ["Prices rose in March.", "March", "2013-03"],
    ["Prices will rise in March.", "March", "2013-03"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a day and month takes the nearest year unless the tense puts it far on the other side", () => {
  it.each([
    ["Closures of control towers will begin on April 7.", "April 7", "2013-04-07"],
    ["The closures began on Aug. 7.", "Aug. 7", "2012-08-07"],
    ["The closures will begin on Aug. 7.", "Aug. 7", "2013-08-07"],
    ["The new rules take effect on Jan. 15.", "Jan. 15", "2013-01-15"],
    // a timetable in the present lies ahead: the contract runs to this December
    ["The contract expires on Dec. 31.", "Dec. 31", "2013-12-31"],
    ["The contract will expire on Dec. 31.", "Dec. 31", "2013-12-31"],
    // within a few weeks of publication the tagger is not trusted to cross the year
    ["The loan was repaid on April 2.", "April 2", "2013-04-02"],
    ["The loan must be repaid by March 20.", "March 20", "2013-03-20"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a plan more than a month behind publication is next year's", () => {
  it.each([
    ["The two sides will meet on Feb. 5.", "Feb. 5", "2014-02-05"],
    ["The summit will be held in January.", "January", "2014-01"],
    ["Elections are due in February.", "February", "2014-02"],
    ["The vote is scheduled for Jan. 20.", "Jan. 20", "2014-01-20"],
    ["The vote was scheduled for Jan. 20.", "Jan. 20", "2013-01-20"],
    ["The election is on Nov. 3.", "Nov. 3", "2013-11-03"],
    ["The deadline is on Jan. 5.", "Jan. 5", "2014-01-05"],
    ["The truce expires in January.", "January", "2014-01"],
    // a plan told just after its day stays this year's: a deadline restated, a tagging slip
    ["The loan must be repaid by March 2.", "March 2", "2013-03-02"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a month a plan names that ended before publication is next year's", () => {
  it.each([
    ["The ministry plans to vaccinate two million children by March.", "March", "2014-03"],
    ["The talks will resume in March.", "March", "2014-03"],
    ["Prices rose in March.", "March", "2013-03"],
    ["The talks will resume in April.", "April", "2013-04"],
    ["The company hopes to list its shares in January.", "January", "2014-01"],
    ["The firm expects to close the deal in March.", "March", "2014-03"],
    ["She will be formally installed at the cathedral in March.", "March", "2014-03"],
    ["She was formally installed at the cathedral in March.", "March", "2013-03"],
  ])("%s (published 10 April)", (text, t, v) => expect(dates(text, "2013-04-10")).toEqual([[t, v]]));
});

describe("May after 'early', 'mid-' or 'late' is the month, and ISO dates are dates", () => {
  it.each([
    ["The talks will resume in mid-May.", "mid-May", "2013-05"],
    ["The talks resumed in early May 2011.", "early May 2011", "2011-05"],
    ["The report was published on 2012-11-05 by the ministry.", "2012-11-05", "2012-11-05"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));

  it("the modal stays a modal", () => expect(dates("Results may come late.")).toEqual([]));
});

describe("an explicit year always wins over the tense", () => {
  it.each([
    ["The plant will close in November 2011.", "November 2011", "2011-11"],
    ["The plant closed on 4 July 2015.", "on 4 July 2015", "2015-07-04"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("participles and perfects the lexicon does not list", () => {
  it.each([
    // an infinitive after a participle or after "is"/a comma plans the act; "shot to death" does not
    ["The ferry line, set to reopen Tuesday, was closed by the gale.", "Tuesday", "2013-03-26"],
    ["The sale is slated to close Tuesday.", "Tuesday", "2013-03-26"],
    ["The sale is scheduled to close Tuesday.", "Tuesday", "2013-03-26"],
    ["The guard was beaten to death on Tuesday.", "on Tuesday", "2013-03-19"],
    // a perfect of a regular verb the lexicon lacks dates its clause back
    ["The charity has relocated twice, most recently in July.", "July", "2012-07"],
  ])("%s", (text, t, v) => expect(dates(text)).toEqual([[t, v]]));
});

describe("a limit looks ahead whatever the verb, a start looks back", () => {
  it.each([
    ["The court postponed its ruling until Monday.", "Monday", "2013-03-25", "2013-03-22"],
    ["The rebate is available until Tuesday.", "Tuesday", "2013-03-26", "2013-03-22"],
    ["The board approved a pay rise effective Feb. 1.", "Feb. 1", "2014-02-01", "2013-10-25"],
    // a pluperfect sets the clause's own time in the past
    ["Inspectors had finished their work by Monday.", "Monday", "2013-03-18", "2013-03-22"],
    ["The mill has run at a loss since shortly after the Aug. 4 fire.", "Aug. 4", "2012-08-04", "2013-03-22"],
  ])("%s", (text, t, v, published) => expect(dates(text, published)).toEqual([[t, v]]));
});

describe("words that name Object's own properties", () => {
  it("are read as plain words, not as the lexicon's prototype", async () => {
    const { sentenceTerms } = await import("../../loaders/dates/tense.js");
    const terms = sentenceTerms("the constructor and __proto__ met hasOwnProperty on Tuesday");
    for (const t of terms.filter((t) => ["constructor", "__proto__", "hasownproperty"].includes(t.word))) {
      expect([...t.tags].every((tag) => typeof tag === "string")).toBe(true);
    }
    expect(dates("The constructor met the toString club on Tuesday.")).toEqual([["on Tuesday", "2013-03-19"]]);
  });
});

describe("a gerund after 'after' or 'before' has its own time", () => {
  it.each([
    // published in March: the suspension in January is the nearer one, though the clause is future
    ["The airline will resume flights from April 2, after suspending them in January.", "January", "2013-01"],
    ["The two finalists will meet on Saturday after winning their semifinals on Thursday.", "on Thursday", "2013-03-21"],
  ])("%s", (text, t, v) => expect(dates(text).find((d) => d[0] === t)).toEqual([t, v]));
});
