import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/figures/index.js";
import type { ActorRow, FigureRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "./helpers.js";

const figs = (text: string, mentions: ResolvedMention[] = [], actors = new Map<string, ActorRow>()) =>
  extractFigures(doc(text), mentions, actors);
const one = (text: string): FigureRow => {
  const f = figs(text);
  expect(f, JSON.stringify(f)).toHaveLength(1);
  return f[0]!;
};
const pick = (f: FigureRow) => [f.value, f.qualifier, f.unit, f.category];

describe("qualifiers", () => {
  it.each([
    ["About 40 engineers arrived at the plant.", 40, "approx", "engineers"],
    ["Approximately 300 refugees crossed the border.", 300, "approx", "refugees"],
    ["Around 15 tanks were spotted.", 15, "approx", "tanks"],
    ["Roughly 90 journalists attended.", 90, "approx", "journalists"],
    ["Some 600 marines landed.", 600, "approx", "marines"],
    ["Nearly 70 villages lost power.", 70, "approx", "villages"],
    ["Belarus has sent up to 3,500 troops to the border.", 3500, "up_to", "troops"],
    ["More than 200 civilians were evacuated.", 200, "more_than", "civilians"],
    ["Over 15 missiles were fired at the city.", 15, "more_than", "missiles"],
    ["At least 7 people were injured.", 7, "at_least", "people"],
    ["Fewer than 20 observers remain.", 20, "less_than", "observers"],
    ["Less than 30 ships passed the strait.", 30, "less_than", "ships"],
    ["The convoy carried 45 trucks.", 45, "exact", "trucks"],
    ["Temperatures rose above 45 degrees.", 45, "more_than", "degrees"],
    ["Output fell below 300 barrels.", 300, "less_than", "barrels"],
    ["The museum handed over 17 bronze sculptures.", 17, "exact", "bronze sculptures"],
  ])("%s", (text, value, qualifier, unit) => {
    const f = one(text);
    expect([f.value, f.qualifier, f.unit]).toEqual([value, qualifier, unit]);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("reads the qualifier into the wording", () => {
    expect(one("Officials counted up to 3,500 troops.").text).toBe("up to 3,500 troops");
  });
});

describe("number words and scales", () => {
  it.each([
    ["Twenty-five soldiers were captured.", 25, "exact", "soldiers", "military_units"],
    ["The team found three hundred and fifty volunteers.", 350, "exact", "volunteers", "people"],
    ["A dozen drones circled the base.", 12, "exact", "drones", "weapons"],
    ["Rebels fired up to a dozen rockets.", 12, "up_to", "rockets", "weapons"],
    ["Hundreds of protesters gathered.", 100, "at_least", "protesters", "people"],
    ["Thousands of residents fled.", 1000, "at_least", "residents", "people"],
    ["Tens of thousands of workers marched.", 10000, "at_least", "workers", "people"],
    ["Dozens of shells hit the town.", 12, "at_least", "shells", "weapons"],
    ["The census found 1.5 million people.", 1.5e6, "exact", "people", "people"],
    ["Police arrested five thousand fans.", 5000, "exact", "fans", "people"],
    ["Two dozen journalists were detained.", 24, "exact", "journalists", "people"],
    ["Almost half a million people fled.", 5e5, "approx", "people", "people"],
    ["The army lost between 300 and 400 tanks.", 300, "at_least", "tanks", "weapons"],
    ["Sales reached between 4.75 and 5.1 million cars.", 4.75e6, "at_least", "cars", "count"],
    ["The deal covers 12 F-16 jets.", 12, "exact", "F-16 jets", "weapons"],
    ["The army lost 40 armoured vehicles near the river.", 40, "exact", "armoured vehicles", "weapons"],
    ["The carmaker recalled 300,000 vehicles over faulty brakes.", 300000, "exact", "vehicles", "count"],
    ["The airline ordered 25 new jets last year.", 25, "exact", "new jets", "count"],
    ["The coal firm closed four mines last year.", 4, "exact", "mines", "count"],
  ])("%s", (text, ...want) => expect(pick(one(text))).toEqual(want));

  it("a part of one thing ends before the clause's verb", () => {
    expect(pick(one("Roughly a third of the budget went to defence."))).toEqual([1 / 3, "approx", "budget", "count"]);
  });

  it("hyphen compounds count their noun", () => {
    expect(pick(one("After five-hour talks the delegates left."))).toEqual([5, "exact", "hours", "duration"]);
    expect(pick(one("They signed a 20-year lease on the port."))).toEqual([20, "exact", "years", "duration"]);
    expect(pick(one("The 27-member bloc agreed."))).toEqual([27, "exact", "members", "count"]);
    expect(pick(one("It joined the 12-nation pact."))).toEqual([12, "exact", "countries", "count"]);
    expect(pick(one("A 1,000-strong force crossed the river."))).toEqual([1000, "exact", "troops", "military_units"]);
    expect(one("After five-hour talks the delegates left.").text).toBe("five-hour talks");
  });

  it("fractions count part of a thing", () => {
    const a = one("A third of the sailors deserted.");
    expect([a.value, a.unit]).toEqual([1 / 3, "sailors"]);
    const b = one("Two-thirds of the voters stayed home.");
    expect([b.value, b.unit]).toEqual([2 / 3, "voters"]);
  });

  it("a range keeps both ends in the wording and the lower bound as value", () => {
    const f = one("Between them they fielded 10,000–12,000 troops.");
    expect([f.value, f.qualifier, f.text]).toEqual([10000, "at_least", "10,000–12,000 troops"]);
  });
});

describe("plurals without an s", () => {
  it("are counted, and an uncountable noun is not", () => {
    expect(figs("The farm keeps 300 geese.").map(pick)).toEqual([[300, "exact", "geese", "count"]]);
    expect(figs("Three criteria were met.").map(pick)).toEqual([[3, "exact", "criteria", "count"]]);
    expect(figs("The results: Harrow 185\n\nBowling scores follow.").map(pick)).toEqual([]);
  });
});

describe("money and percentages", () => {
  it.each([
    ["The fund received $2 from each donor.", 2, "US dollars"],
    ["Tokyo pledged ¥1.5 trillion in loans.", 1.5e12, "yen"],
    ["Brussels unlocked €50 billion for reconstruction.", 5e10, "euros"],
    ["The deal is worth €1.5bn to the port.", 1.5e9, "euros"],
    ["The club paid £3m for the striker.", 3e6, "pounds"],
    ["Kyiv asked for 20 billion dollars in aid.", 2e10, "dollars"],
    // currencies the figures lexicon does not list, known to compromise's lexicon
    ["Harlow shares fell to 340 pence.", 340, "pence"],
    ["The ticket costs 500 rupees.", 500, "rupees"],
    ["The port was sold for three billion baht.", 3e9, "baht"],
    ["The stamp rose 5 cents.", 5, "cents"],
  ])("%s", (text, value, unit) => {
    const f = one(text);
    expect([f.value, f.unit, f.category]).toEqual([value, unit, "money"]);
  });

  it.each([
    ["Turnout reached 64% in the capital.", 64],
    ["Prices rose 12 percent last year.", 12],
    ["Exports fell 3.5 per cent.", 3.5],
  ])("%s", (text, value) => {
    const f = one(text);
    expect([f.value, f.unit, f.category]).toEqual([value, "percent", "percent"]);
  });
});

describe("not figures", () => {
  it.each([
    "In 2019 the treaty expired.",
    "The border was closed in February 2022.",
    "Talks resumed on March 3 in Geneva.",
    "The vote is set for 5 May.",
    "The 2nd Brigade held the line.",
    "The air force asked for F-16 jets.",
    "Leaders met at the G7 summit.",
    "Article 5 was never invoked.",
    "The first round of talks ended.",
    "The two had discussed the plan.",
    "Both leaders spoke briefly.",
    "The two leaders spoke by phone.",
    "No casualties were reported.",
    "Japan is one of these countries.",
    "Offices open 9am-6pm on weekdays.",
    "The meeting began at 14:30 in the hall.",
    "Boeing 737 jets were grounded.",
    "One official said the road was closed.",
  ])("%s", (text) => expect(figs(text)).toEqual([]));
});

describe("units from context", () => {
  it("an elliptical count takes the unit of the count before it", () => {
    const f = figs("Russia launched 40 Kestrel drones overnight. Of those, 32 were shot down and another 5 crashed.");
    expect(f.map((x) => [x.value, x.unit, x.category])).toEqual([
      [40, "Kestrel drones", "weapons"], [32, "Kestrel drones", "weapons"], [5, "Kestrel drones", "weapons"],
    ]);
  });

  it("a count another source gives of the same thing takes its unit", () => {
    const f = figs("The ministry said 57 civilians had died, while the rebels put the toll at 80.");
    expect(f.map((x) => [x.value, x.unit])).toEqual([[57, "civilians"], [80, "civilians"]]);
    const g = figs("Organisers said 40,000 people took part; police counted 15,000.");
    expect(g.map((x) => [x.value, x.unit])).toEqual([[40000, "people"], [15000, "people"]]);
    expect(figs("Shares closed at 80.").map((x) => x.value)).toEqual([]);
  });

  it("a bare number that does not stand for a noun is not an elliptical count", () => {
    const f = figs("Kyiv received 60 Patriot missiles. The death toll rose to 45, the U.N. said.");
    expect(f.map((x) => x.value)).toEqual([60]);
  });

  it("abbreviations with dots do not cut the source short", () => {
    expect(one("About 300 homes were damaged, the U.N. said.").attributed_to).toBe("the U.N.");
  });

  it("a name of origin after the noun belongs to the unit", () => {
    expect(one("The unit includes 50 former officers from the Royal Navy.").unit).toBe("former officers from the Royal Navy");
  });

  it("coordinated modifiers stay in the unit", () => {
    expect(one("Hundreds of Polish and Czech troops arrived.").unit).toBe("Polish and Czech troops");
  });
});

describe("actor and attribution", () => {
  it("credits 'according to' and the subject of a speech verb", () => {
    expect(one("About 300 homes were damaged, according to the regional governor.").attributed_to).toBe("the regional governor");
    expect(one("The navy said 12 vessels had been seized.").attributed_to).toBe("The navy");
    const f = figs("The agency reported 14 strikes on the grid. Of those, 9 hit substations, it said.");
    expect(f.map((x) => x.attributed_to)).toEqual(["The agency", "The agency"]);
  });

  it("a figure inside a quotation is the speaker's", () => {
    expect(one("“We lost 30 tanks in a week,” Colonel Ada Brun told reporters.").attributed_to).toBe("Ada Brun");
  });

  it("uses actor names from mentions", () => {
    const text = "Poland’s 250 tanks will stay, the Polish army said.";
    const mentions: ResolvedMention[] = [
      { article: "t", actor: "poland", start: 0, end: 6, text: "Poland", sentence: 0, kind: "country" },
      { article: "t", actor: "polish-armed-forces", start: text.indexOf("Polish army"), end: text.indexOf("Polish army") + 11, text: "Polish army", sentence: 0, kind: "organization" },
    ];
    const actors = new Map<string, ActorRow>([["polish-armed-forces", {
      id: "polish-armed-forces", name: "Polish Armed Forces", kind: "organization", aliases: [], country: "POL", role: null, mentions: 1, articles: 1,
    }]]);
    const [f] = figs(text, mentions, actors);
    expect([f!.actor, f!.attributed_to]).toEqual(["poland", "Polish Armed Forces"]);
  });
});

it("ids are stable and offsets index the text", () => {
  const text = "About 70 volunteers joined. More than 200 civilians left.";
  const a = figs(text), b = figs(text);
  expect(a.map((f) => f.id)).toEqual(b.map((f) => f.id));
  for (const f of a) expect(text.slice(f.start, f.end)).toBe(f.text);
});

it("words that name Object's own properties are words, not numbers, units or currencies", () => {
  const f = figs("Officials counted toString5 hasOwnProperty troops, constructor thousand soldiers and five constructor drones.");
  for (const x of f) {
    expect(typeof x.value === "number" || x.value === null).toBe(true);
    expect(typeof x.unit === "string" || x.unit === null).toBe(true);
    expect(String(x.value)).not.toMatch(/function|native code/);
    expect(String(x.unit)).not.toMatch(/function|native code/);
  }
  expect(f.map((x) => x.text)).not.toContain("constructor thousand soldiers");
});

describe("an amount after a name", () => {
  it("is an amount when a scale or a currency follows the number, not a model's number", () => {
    expect(figs("The commission fined Orvane 500 million euros and Tessly 200 million euros.").map((f) => [f.text, f.value])).toEqual([
      ["500 million euros", 500000000],
      ["200 million euros", 200000000],
    ]);
  });
});
