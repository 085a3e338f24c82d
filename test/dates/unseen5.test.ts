import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import { doc } from "../figures/helpers.js";

// Dates in invented articles with a publication date: tense, clause reading, anchors, narrative. Published
// Thursday 14 May 2026 unless a test says otherwise. Invented sentences and names.
const dates = (text: string, published: string | null = "2026-05-14") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);
const valueOf = (text: string, expr: string, published?: string) =>
  dates(text, published).find(([t]) => t!.includes(expr) || expr.includes(t!))?.[1] ?? null;

describe("a past of going somewhere heads a destination, not a plan", () => {
  it.each([
    ["The dockers returned to work on Tuesday.", "Tuesday", "2026-05-12"],
    ["Ms. Quillon came to power in August.", "August", "2025-08"],
    ["The climbers returned to base on Tuesday.", "Tuesday", "2026-05-12"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("a plan to go back still lies ahead", () => {
    expect(valueOf("The dockers agreed to return to work on Monday.", "Monday")).toBe("2026-05-18");
  });
});

describe("a plan told in the pluperfect is read in the story's past", () => {
  it.each([
    ["The hikers set off on Sunday and had planned to return on Monday.", "Monday", "2026-05-11", undefined],
    ["The two firms had hoped to seal the deal before Christmas.", "Christmas", "2025-12-25", "2026-01-14"],
    ["The mill had been due to reopen on Monday.", "Monday", "2026-05-11", undefined],
  ])("%s", (text, expr, v, published) => expect(valueOf(text, expr, published)).toBe(v));
});

describe("a timetable in the present", () => {
  it("is read in its own clause, not in one a subordinator opens after the date", () => {
    expect(valueOf("Schools across Veldmark reopen on Monday after a break that began in June.", "Monday")).toBe("2026-05-18");
    expect(valueOf("Voters go to the polls on Sunday in the first ballot since the charter took effect.", "Sunday")).toBe("2026-05-17");
  });

  it("leaves a month to the nearest year, whatever the tense of another clause", () => {
    expect(valueOf("The tramway was first proposed in March by Mayor Dorrit Kell, who leaves office in January.", "January", "2026-11-20")).toBe("2027-01");
    expect(valueOf("Shopkeepers expect brisk trade over Black Friday, the traders' guild said.", "Black Friday", "2026-10-19")).toBe("2026-11-27");
  });

  it("has its subject before a name in apposition", () => {
    expect(valueOf("Her successor, Pell Ardon, takes over in September.", "September", "2027-02-26")).toBe("2027-09");
  });

  it("takes a plural verb after a name that is a plural", () => {
    expect(valueOf("Dunmere Harriers face Kestow City on Saturday.", "Saturday", "2026-09-03")).toBe("2026-09-05");
    expect(valueOf("Dunmere Harriers lost on Saturday.", "Saturday", "2026-09-03")).toBe("2026-08-29");
  });
});

describe("a timetable's subject and verb in more shapes", () => {
  it.each([
    ["Voting continues through Saturday.", "Saturday", "2026-05-16"],
    ["The talks, which resume on Monday, were suspended in June.", "Monday", "2026-05-18"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("a timetable verb after a parenthesis that follows its subject", () => {
    expect(valueOf("The visit, the first since 2019, begins Thursday.", "Thursday", "2026-06-17")).toBe("2026-06-18");
  });

  it("an irregular past the lexicon files as a noun is past in the clause the scan reaches", () => {
    expect(valueOf("In March, prices rose, and the strike begins Monday.", "March", "2026-06-17")).toBe("2026-03");
  });

  it("a timetable verb joined by 'and' to a past one shares its subject", () => {
    expect(valueOf("The levy was approved in May and takes effect in March.", "March", "2026-05-20")).toBe("2027-03");
  });

  it("a past act in a month already begun is in this month", () => {
    expect(valueOf("The levy was approved in May and takes effect in March.", "May", "2026-05-12")).toBe("2026-05");
    expect(valueOf("The plant closed in November.", "November", "2026-05-12")).toBe("2025-11");
  });
});

describe("appointments and spans ahead", () => {
  it.each([
    ["Negotiators are to resume talks Monday.", "Monday", "2026-05-18"],
    ["The union has called a strike for Tuesday.", "Tuesday", "2026-05-19"],
    ["He called a news conference Tuesday.", "Tuesday", "2026-05-12"],
  ])("%s", (text, expr, v) => expect(valueOf(text, expr)).toBe(v));

  it("an appointment in apposition to a noun a future clause plans lies ahead", () => {
    expect(valueOf("Envoys of the six states will hold a summit, scheduled for June 3, in a port city.", "June 3", "2026-12-09")).toBe("2027-06-03");
    expect(valueOf("The envoys held a summit, scheduled for June 3, in a port city.", "June 3", "2026-12-09")).toBe("2026-06-03");
  });

  it("'could' with a stretch into a season looks ahead", () => {
    expect(valueOf("Forecasters warned on Thursday that the drought could last into the summer.", "summer", "2027-02-26")).toBe("2027");
  });

  it("a hedge after 'until' keeps the limit ahead", () => {
    expect(valueOf("The curfew stays in force until at least Wednesday.", "Wednesday")).toBe("2026-05-20");
  });

  it("the weekend after 'by' is a date", () => {
    expect(dates("The line should reopen by the weekend.")).toEqual([["the weekend", "2026-05"]]);
  });

  it("a season after an appointing participle and 'for'; not a noun's aim", () => {
    expect(dates("A second round of jabs is planned for the autumn.")).toEqual([["the autumn", "2026"]]);
    expect(dates("Plans for the summer were dropped.")).toEqual([]);
  });
});

describe("more expressions", () => {
  it("'this morning' is the publication day", () => {
    expect(dates("This morning, police searched two flats.")).toEqual([["This morning", "2026-05-14"]]);
  });

  it("a quarter written as a modifier", () => {
    expect(dates("Third-quarter profit doubled.", "2026-11-20")).toEqual([["Third-quarter", "2026"]]);
    expect(valueOf("The firm will report fourth-quarter results in February.", "fourth-quarter", "2026-11-20")).toBe("2026");
  });

  it("a quarter or a fiscal year in its short form", () => {
    expect(dates("The mill expects to return to profit in Q3, its chief said.", "2026-06-17")).toEqual([["Q3", "2026"]]);
    expect(dates("Profit rose in Q4.", "2026-06-17")).toEqual([["Q4", "2025"]]);
    expect(dates("The loss in Q1 2026 was large.", "2026-09-17")).toEqual([["Q1 2026", "2026"]]);
    expect(dates("In FY2026, the economy grew.")).toEqual([["FY2026", "2026"]]);
    expect(dates("Sales in FY27 will rise.")).toEqual([["FY27", "2027"]]);
    expect(dates("The Tarnwick Q3 sold well.")).toEqual([]);
  });

  it("'last night' is the day before publication", () => {
    expect(dates("Heavy rains last night flooded fields.")).toEqual([["last night", "2026-05-13"]]);
  });

  it("Easter Sunday and Easter Monday", () => {
    expect(dates("The shrine was crowded at Easter.")).toEqual([["Easter", "2026-04-05"]]);
    expect(dates("The council will review the rules at Easter.", "2027-02-26")).toEqual([["Easter", "2027-03-28"]]);
    expect(dates("Pilgrims gathered on Easter Monday.")).toEqual([["Easter Monday", "2026-04-06"]]);
    expect(dates("Easter Fells lies far out.")).toEqual([]);
  });

  it("a recurring day or month is no date", () => {
    expect(dates("The parade, held every June, was cancelled.")).toEqual([]);
    expect(dates("The market opens each Monday.")).toEqual([]);
  });

  it("how long after an act or within a span is no date", () => {
    expect(dates("The cellist retired on Thursday after 41 years with the orchestra.")).toEqual([["on Thursday", "2026-05-14"]]);
    expect(dates("Tickets sold out within a week.")).toEqual([]);
  });
});

describe("a headline restates its lead", () => {
  it("a headline's weekday is the day the body gives the same words", () => {
    const text = "Schools Reopen Monday\n\nSchools across Veldmark reopen on Monday, the ministry said.";
    const sentences = splitSentences(text).map((s, i) => (i === 0 ? { ...s, headline: true as const } : s));
    const rows = extractDates({ id: "t", text, published: "2026-05-14", sentences }).map((d) => [d.text, d.value]);
    expect(rows).toEqual([["Monday", "2026-05-18"], ["on Monday", "2026-05-18"]]);
  });
});

describe("narrative: dates of another era", () => {
  // published Thursday 10 May 2012: a memoir's story told long after
  const pub = "2012-05-10";
  it("a holiday with its year", () => {
    expect(dates("He died on Christmas Eve, 1951.", pub)).toEqual([["Christmas Eve, 1951", "1951-12-24"]]);
    expect(dates("On New Year's Day 1960 the family moved.", null)).toEqual([["New Year's Day 1960", "1960-01-01"]]);
  });

  it("a weekday that names no week is no date", () => {
    expect(dates("We reached Veldmark on a Tuesday in March.", pub)).toEqual([["March", "2012-03"]]);
    expect(dates("One Sunday, the bells rang.", pub)).toEqual([]);
    expect(dates("He signed a June agreement.", pub)).toEqual([["June", "2012-06"]]);
  });

  it("'the last week of' a period is no last week", () => {
    expect(dates("It was the last week of August 1939.", pub)).toEqual([["August 1939", "1939-08"]]);
  });

  it("a count forward with no anchor is not counted past publication in a past clause", () => {
    expect(dates("The next morning, we drove south.", pub)).toEqual([]);
    expect(dates("Two days later, police arrested him.", pub)).toEqual([]);
    expect(dates("The talks will resume the next day.", pub)).toEqual([["the next day", "2012-05-11"]]);
  });

  it("a bare month takes the year the sentence just wrote, in a past clause of another era", () => {
    expect(dates("The war ended in May 1945, and in June the soldiers came home.", pub)).toEqual([["May 1945", "1945-05"], ["June", "1945-06"]]);
    expect(dates("Between December 1944 and February, food ran out.", pub)).toEqual([["December 1944", "1944-12"], ["February", "1945-02"]]);
    expect(valueOf("The firm, which earned a lot in March 2009, will report in March.", "March", pub)).toBe("2009-03");
    expect(dates("The firm, which earned a lot in March 2009, will report in March.", pub)[1]).toEqual(["March", "2013-03"]);
  });
});

describe("narrative: ranges, frames and seasons", () => {
  const pub = "2012-05-10";
  it("a range's start takes the year written at its end", () => {
    expect(dates("The siege lasted from July 1 to November 18, 1916.", null)).toEqual([["July 1", "1916-07-01"], ["November 18, 1916", "1916-11-18"]]);
    expect(dates("The blockade ran from December 3 to February 2, 1944.", pub)).toEqual([["December 3", "1943-12-03"], ["February 2, 1944", "1944-02-02"]]);
  });

  it("a range's end whose year is open is the first such day on or after its start", () => {
    expect(dates("The fair ran from May 4 to June 12.", "2010-03-01")).toEqual([["May 4", "2010-05-04"], ["June 12", "2010-06-12"]]);
  });

  it("a year opening the sentence frames its bare months", () => {
    expect(dates("In the autumn of 1939, the raids began, and by October they were over.", pub)).toEqual([["1939", "1939"], ["October", "1939-10"]]);
    expect(dates("In 2003, the mill closed in March.", pub)).toEqual([["2003", "2003"], ["March", "2003-03"]]);
    expect(valueOf("Sales have risen since 2003, and in March they hit a record.", "March", pub)).toBe("2012-03");
    expect(valueOf("The clinic, built in 1987, stayed open through Oct. 14.", "Oct. 14", pub)).toBe("2011-10-14");
  });

  it("a season counted from the text's own date", () => {
    expect(dates("In 1914, the mill opened. The following spring, it burned.", pub)).toEqual([["1914", "1914"], ["The following spring", "1915"]]);
    expect(dates("In early 1942, the siege began, and that summer the port fell.", pub)).toEqual([["1942", "1942"], ["that summer", "1942"]]);
    expect(dates("The dam broke in March 1952. The previous winter had been wet.", pub)).toEqual([["March 1952", "1952-03"], ["The previous winter", "1951"]]);
    expect(dates("That summer, the family moved.", pub)).toEqual([]);
  });
});

describe("subjects, pasts and reported quarters", () => {
  it("a clause's first word the lexicon files as a verb can modify its subject's noun", () => {
    expect(valueOf("Train fares rise on January 1, the ministry said.", "January 1", "2025-12-30")).toBe("2026-01-01");
  });

  it("a plural's possessive apostrophe stays in the subject", () => {
    expect(valueOf("Riders' groups plan a protest on Saturday.", "Saturday", "2025-12-30")).toBe("2026-01-03");
  });

  it("an adverb of time between a subject and an irregular past", () => {
    expect(valueOf("Fares last rose in March.", "March", "2025-12-30")).toBe("2025-03");
  });

  it("the quarter a report gives figures for", () => {
    expect(valueOf("Second-quarter results will be published on July 23.", "Second-quarter", "2026-07-08")).toBe("2026");
    expect(valueOf("The mill will report fourth-quarter earnings in January.", "fourth-quarter", "2026-07-08")).toBe("2026");
    expect(valueOf("The mill reported fourth-quarter sales on Tuesday.", "fourth-quarter", "2026-07-08")).toBe("2025");
  });

  it("a season is counted from a month the sentence's year carried", () => {
    expect(dates("In the spring of 1936, the harbour froze, and in April the boats stayed in. The following winter, the cannery closed.", "2010-06-01")).toEqual([
      ["1936", "1936"],
      ["April", "1936-04"],
      ["The following winter", "1936"],
    ]);
  });
});

describe("overnight, implicatives, counts and attributions", () => {
  const pub = "2026-08-19";
  it("'overnight' is publication's night unless its own clause names another day", () => {
    expect(valueOf("Temperatures fell overnight after a heatwave that began on August 9.", "overnight", pub)).toBe("2026-08-19");
    expect(valueOf("Schools were shut on Wednesday after snow fell overnight.", "overnight", pub)).toBe("2026-08-19");
    expect(dates("Rebels shelled the town overnight, the army said on Tuesday.", pub)).toEqual([["on Tuesday", "2026-08-18"]]);
  });

  it("a past that says whether the act took place is no plan", () => {
    expect(valueOf("The vote was put off after members failed to agree on Tuesday.", "Tuesday", pub)).toBe("2026-08-18");
  });

  it("'a week later than usual' counts from no date", () => {
    expect(dates("The fair will be held a week later than usual.", pub)).toEqual([]);
    expect(dates("The fair will be held a week later than usual, from May 6 to May 14.", "2028-04-11")).toEqual([["May 6", "2028-05-06"], ["May 14", "2028-05-14"]]);
  });

  it("a count opening the subject, its comma no clause's end", () => {
    expect(valueOf("About 12,000 runners take part in the marathon on Sunday.", "Sunday", pub)).toBe("2026-08-23");
    expect(valueOf("The 300 teams meet on Monday.", "Monday", pub)).toBe("2026-08-24");
  });

  it("an attribution closing the sentence does not time a date in an earlier clause", () => {
    expect(valueOf("The fair will be held late, from May 6 to May 14, because of Easter, its organisers said on Monday.", "Easter", "2028-04-11")).toBe("2028-04-16");
    expect(valueOf("In September, it announced plans to buy a rival.", "September", "2028-04-11")).toBe("2027-09");
  });
});

describe("joined counts, month ends ahead, parentheses and frames", () => {
  it("a count chrono joins after a comma is left to the anchors", () => {
    expect(dates("Growers finished the harvest this week, two weeks earlier than usual.", "1999-10-15")).toEqual([["this week", "1999-10"]]);
  });

  it("the end of the month ahead is not counted from a month gone by", () => {
    expect(valueOf("It was the worst flood since January 2016. Repairs will continue until the end of the month.", "the end of the month", "2026-01-05")).toBe("2026-01");
    expect(valueOf("The mill shut in August 2019. By the end of the month, its workers had left.", "the end of the month", "2026-01-05")).toBe("2019-08");
  });

  it("a present verb after a parenthesis that follows its subject leaves a season to the nearest year", () => {
    expect(valueOf("Quillon, who became premier in February 1993, faces a party congress in the fall.", "fall", "1995-05-02")).toBe("1995");
  });

  it("'Last year' opening the sentence frames its bare months", () => {
    expect(valueOf("Last year, frost in April destroyed a third of the crop.", "April", "1999-10-15")).toBe("1998-04");
    expect(valueOf("Sales rose last year, and in April they fell.", "April", "1999-10-15")).toBe("1999-04");
  });
});
