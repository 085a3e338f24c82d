import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/figures/index.js";
import type { FigureRow } from "../../loaders/types.js";
import { doc } from "./helpers.js";

// Wire-service copy: results, market reports and tables. Every sentence is invented.

const figs = (text: string): FigureRow[] => extractFigures(doc(text), [], new Map());
const pick = (f: FigureRow) => [f.value, f.qualifier, f.unit, f.category];

describe("scores and ratios are not quantities", () => {
  it.each([
    "Eastbrook won 3-1 at home.",
    "Harlow took a 2-0 lead before halftime.",
    "The motion passed in a 5-0 vote.",
    "Ridley came back from a 1-4 deficit in the second set.",
    "Moran homered on a 0-1 pitch.",
    "Vance went 3-for-4 at the plate.",
    "The board approved a 3-for-2 stock split.",
    "Bookmakers quoted odds of 150-to-1.",
    "Fenwick declared at 412-6.",
  ])("%s", (text) => expect(figs(text)).toEqual([]));

  it("a range still reads both bounds, with a plural noun", () => {
    expect(figs("Between 10-15 families left the valley.").map(pick)).toEqual([[10, "at_least", "families", "people"]]);
  });
});

describe("a figure stays on its line", () => {
  it("a table's number does not take the next line's words as its unit", () => {
    expect(figs("Holt not out 14\n\nExtras 9").map(pick)).toEqual([]);
    expect(figs("Dateline 2031-04-12\n\nResults of the cup").map(pick)).toEqual([]);
  });
});

describe("wire conventions for money and percentages", () => {
  it.each([
    ["Harlow Mining rose C$0.25 to close at C$11.40.", [[0.25, "exact", "Canadian dollars", "money"], [11.4, "exact", "Canadian dollars", "money"]]],
    ["The bank placed a HK$ 40 million issue.", [[4e7, "exact", "Hong Kong dollars", "money"]]],
    ["Profit rose to A$ 1.2 billion.", [[1.2e9, "exact", "Australian dollars", "money"]]],
    ["The shares fell S$ 0.10.", [[0.1, "exact", "Singapore dollars", "money"]]],
    ["Loans rose 4.5 pct in May.", [[4.5, "exact", "percent", "percent"]]],
    ["The poll's margin of error is 3.5 percentage points.", [[3.5, "exact", "percentage points", "percent"]]],
    ["A surplus of 1.2 billion kuna remained.", [[1.2e9, "exact", "kuna", "money"]]],
    ["Fenwick County sold $8 mln of bonds.", [[8e6, "exact", "US dollars", "money"]]],
    ["Reserves stood at $3.2 bln.", [[3.2e9, "exact", "US dollars", "money"]]],
    ["The issue was a $450-million offering.", [[4.5e8, "exact", "US dollars", "money"]]],
    ["The insurer paid 12 million guilders.", [[1.2e7, "exact", "guilders", "money"]]],
    ["The club sold the striker for four million marks.", [[4e6, "exact", "marks", "money"]]],
    ["Turnover was 80 million taka.", [[8e7, "exact", "taka", "money"]]],
    ["The central bank offered 300 billion lei.", [[3e11, "exact", "lei", "money"]]],
  ])("%s", (text, want) => expect(figs(text).map(pick)).toEqual(want));

  it("a lone metre sign after digits is no scale", () => {
    expect(figs("She won the race over 100 m in the rain.").map((f) => f.value)).not.toContain(1e8);
  });
});

describe("number words", () => {
  it("a number word after a unit word starts a new number", () => {
    expect(figs("The sides will meet in three one-day games.").map(pick)).toEqual([[3, "exact", "one-day games", "count"]]);
  });
});

describe("people", () => {
  it.each([
    ["About 300 farmers blocked the road.", "farmers"],
    ["Two inspectors arrived.", "inspectors"],
    ["Police questioned 14 foreigners.", "foreigners"],
    ["The crash killed 40 passengers.", "passengers"],
    ["Five Norwegians were freed.", "Norwegians"],
    ["Some 20 Canadians were on board.", "Canadians"],
    ["Two Ruritanian policemen were hurt.", "Ruritanian policemen"],
  ])("%s", (text, unit) => expect(figs(text).map((f) => [f.unit, f.category])).toEqual([[unit, "people"]]));

  it("armed groups are military units", () => {
    expect(figs("Troops killed three guerrillas.").map((f) => f.category)).toEqual(["military_units"]);
  });
});

describe("results lines", () => {
  it.each([
    ["1. Kip Salo (Freedonia) 3 minutes 58.42 seconds", 238.42, "seconds", "3 minutes 58.42 seconds"],
    ["Dane won the stage in 2 hours 14 minutes 9.5 seconds.", 8049.5, "seconds", "2 hours 14 minutes 9.5 seconds"],
    ["Talks lasted two hours and 15 minutes.", 135, "minutes", "two hours and 15 minutes"],
    ["1. Lind two hours 51 mins eight secs", 10268, "seconds", "two hours 51 mins eight secs"],
  ])("a time in parts is one duration: %s", (text, value, unit, wording) =>
    expect(figs(text).map((f) => [f.value, f.unit, f.category, f.text])).toEqual([[value, unit, "duration", wording]]));

  it("a duration followed by a longer unit stays apart", () => {
    expect(figs("He was 3 seconds behind after 8 minutes of racing.").map((f) => f.value)).toEqual([3, 8]);
  });

  it("an event's name is no figure", () => {
    expect(figs("Women's 400 metres")).toEqual([]);
    expect(figs("Men’s 1,500 metres:")).toEqual([]);
  });

  it("the counted phrase ends where another number starts", () => {
    expect(figs("The 800 metres winner ran two minutes 3.5 seconds.").map((f) => f.text)).toEqual(["800 metres", "two minutes 3.5 seconds"]);
  });
});

describe("wording of hyphen compounds", () => {
  it.each([
    ["The 41-year-old woman ran across the road.", "41-year-old woman"],
    ["The 45-year-old Dana Reyes said nothing.", "45-year-old"],
    ["The 30,000-seat Harbour Park was quiet.", "30,000-seat"],
    ["Ridley won the 180-km stage.", "180-km stage"],
  ])("%s", (text, wording) => expect(figs(text).map((f) => f.text)).toEqual([wording]));

  it("a kilometre compound keeps the abbreviation", () => {
    expect(figs("Ridley won the 180-km stage.").map((f) => [f.unit, f.category])).toEqual([["km", "other"]]);
  });
});

describe("capitalised words and numbers", () => {
  it("a span of time or a share after a name is a quantity", () => {
    expect(figs("The venue marks the founding of the Harbour League 50 years ago.").map(pick)).toEqual([[50, "exact", "years", "duration"]]);
    expect(figs("The poll gave Labour 41 percent.").map(pick)).toEqual([[41, "exact", "percent", "percent"]]);
  });

  it("a year read aloud is no count", () => {
    expect(figs("In nineteen eighty-four Charles Brooks left the firm.")).toEqual([]);
  });
});

describe("spoken numbers", () => {
  it("'and a half' joins the number", () => {
    expect(figs("Talks lasted two and a half hours.").map((f) => [f.value, f.unit])).toEqual([[2.5, "hours"]]);
    expect(figs("It took four-and-a-half years.").map((f) => [f.value, f.text])).toEqual([[4.5, "four-and-a-half years"]]);
  });

  it("a decimal said aloud keeps its decimals", () => {
    expect(figs("It is part of a two point four billion dollar bond sale.").map((f) => [f.value, f.category])).toEqual([[2.4e9, "money"]]);
  });
});

describe("ranges and spans", () => {
  it.each([
    ["The recall will cost $5 million to $7 million.", [[5e6, "at_least", "US dollars", "money"]]],
    ["The repairs took two or three years.", [[2, "at_least", "years", "duration"]]],
    ["Two to three weeks passed.", [[2, "at_least", "weeks", "duration"]]],
  ])("%s", (text, want) => expect(figs(text).map(pick)).toEqual(want));

  it("a measure between decimals keeps its singular noun", () => {
    expect(figs("Rain of 0.20-0.70 inch fell.").map((f) => [f.value, f.qualifier, f.unit])).toEqual([[0.2, "at_least", "inch"]]);
  });

  it("a change and the level it reached are two figures, not a range", () => {
    expect(figs("Harlow shares fell $2.25 to $31.50.").map((f) => [f.value, f.qualifier])).toEqual([[2.25, "exact"], [31.5, "exact"]]);
  });

  it("'over' after a figure spreads it across a span", () => {
    expect(figs("Vance gave up three hits over five innings.").map(pick)).toEqual([[3, "exact", "hits", "count"], [5, "exact", "innings", "count"]]);
    expect(figs("The city will spend $40 million over four years.").map((f) => [f.value, f.qualifier, f.text])).toEqual([[4e7, "exact", "$40 million"], [4, "exact", "four years"]]);
    expect(figs("The delay lasted over three hours.").map(pick)).toEqual([[3, "more_than", "hours", "duration"]]);
  });
});

describe("measures", () => {
  it.each([
    ["The farm covers 240 acres.", "acres"],
    ["He ran for 1,204 yards.", "yards"],
    ["The tanker of 52,310 dwt was sold.", "dwt"],
  ])("%s", (text, unit) => expect(figs(text).map((f) => [f.unit, f.category])).toEqual([[unit, "other"]]));
});

describe("levels and totals are not elliptical counts", () => {
  it("a number after 'of' names a level, not more of the noun before", () => {
    expect(figs("Harlow shares rose 4 percent, short of a recent high of 30.").map((f) => f.value)).toEqual([4]);
    expect(figs("Sales rose 12 percent, against a target of 15.").map((f) => f.value)).toEqual([12]);
  });

  it("'vs' is no counted noun, and the ecu is a currency", () => {
    expect(figs("Output (millions) 2.40 vs 2.15")).toEqual([]);
    expect(figs("The wheat sold at 98.40 Ecus per tonne.").map((f) => [f.unit, f.category])).toEqual([["Ecus", "money"]]);
  });
});

describe("the counted phrase's edges", () => {
  it.each([
    ["Lindqvist scattered two hits over five-plus innings.", [[2, "exact", "hits", "count"], [5, "more_than", "innings", "count"]]],
    ["Okafor allowed one hit over four innings.", [[4, "exact", "innings", "count"]]],
    ["Harlow rose 20 cents with about 45,000 shares changing hands.", [[20, "exact", "cents", "money"], [4.5e4, "approx", "shares", "count"]]],
    ["Growers may ship to 12 Western states from October through March.", [[12, "exact", "Western states", "count"]]],
    ["They sailed a 22-foot sloop.", [[22, "exact", "feet", "other"]]],
  ])("%s", (text, want) => expect(figs(text).map(pick)).toEqual(want));

  it("a preposition ends the counted phrase, a year before a name is no count", () => {
    expect(figs("Okafor ran 12.95 seconds despite the rain, and 1990 and 1994 champion Owen Harris was third.").map((f) => f.text)).toEqual(["12.95 seconds"]);
    expect(figs("2. Van Dam 1 second behind").map((f) => [f.value, f.unit, f.category])).toEqual([[1, "second", "duration"]]);
    expect(figs("Harlow sold 2.5 million Series K preferred shares.").map((f) => f.unit)).toEqual(["Series K preferred shares"]);
  });

  it("a person's name is no counted noun", () => {
    expect(figs("Fenwick cheered 1994 champion Owen Harris.")).toEqual([]);
    expect(figs("The 1992 Open champion Jonas Ekholm withdrew.")).toEqual([]);
  });


  it("'and N' takes the unit of a count in its own sentence only", () => {
    expect(figs("Eastbrook beat Fenwick by 4 wickets.\n\nFenwick 301 and 97.").map((f) => f.value)).toEqual([4]);
    expect(figs("Rebels freed 12 hostages and 3 more on Monday.").map((f) => [f.value, f.unit])).toEqual([[12, "hostages"], [3, "hostages"]]);
  });

  it("a decimal times its scale has no binary tail", () => {
    expect(figs("Losses were $4.1 million on sales of $4.1 billion.").map((f) => f.value)).toEqual([4.1e6, 4.1e9]);
  });

  it("a time after a name keeps its larger part", () => {
    expect(figs("5. Moreau 1 minute 14 seconds").map((f) => [f.value, f.unit])).toEqual([[74, "seconds"]]);
  });
});
