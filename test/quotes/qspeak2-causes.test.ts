import { describe, expect, it } from "vitest";
import { quotesWith } from "./helpers.js";
import { doc } from "../figures/helpers.js";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";

// General causes found on invented present-day articles written to vary the attribution
// (transcripts, titles before names, nested quotations, headlines); every test is an invented article.

describe("a quotation that quotes someone else inside curly marks", () => {
  const text =
    "Nurse Ilse Varnow and a porter, Odo Lanfrey, carried six patients down the stairs.\n\n" +
    "“Ilse didn't hesitate,” Lanfrey said. “She said to me, ‘We go now,’ and that was it.”";

  it("keeps the span that opens on 'She said to me' (a curly mark only opens)", () => {
    const rows = quotesWith(text, [["Ilse Varnow", "Varnow"], ["Odo Lanfrey", "Lanfrey"]]);
    expect(rows.map((q) => [q.speaker, q.text.slice(0, 14)])).toEqual([
      ["odo-lanfrey", "Ilse didn't he"],
      ["odo-lanfrey", "She said to me"],
    ]);
  });

  it("guard: between straight marks such a span is still the reporter's tag", () => {
    const rows = quotesWith('Lanfrey was the first to reach the ward. "She said to me the stairs were blocked," he recalled.', [["Odo Lanfrey", "Lanfrey"]]);
    expect(rows.length).toBeLessThanOrEqual(1);
    const straight = quotesWith('"I ran," Lanfrey said. "He said the smoke was thick. The ward was empty by midnight."', [["Odo Lanfrey", "Lanfrey"]]);
    expect(straight.map((q) => q.text)).toEqual(["I ran,"]);
  });
});

describe("a colon after a name with its trade before it", () => {
  it("'Union secretary Rhodri Vantage: “…”' credits the name", () => {
    const text = "Dock workers at Pellmouth will walk out next week.\n\nUnion secretary Rhodri Vantage: “We gave them every chance.”";
    const rows = quotesWith(text, [["Rhodri Vantage", "Vantage"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["rhodri-vantage"]);
  });

  it("guard: a verb before the colon keeps the sentence's subject", () => {
    const text = "Vantage spoke first.\n\nKirsa Hollend replied to Rhodri Vantage: “My client will fight this.”";
    const rows = quotesWith(text, [["Rhodri Vantage", "Vantage"], ["Kirsa Hollend", "Hollend"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["kirsa-hollend"]);
  });
});

describe("an interview printed as questions and answers", () => {
  const text =
    "Pellmouth's harbour master, Tamsin Quarle, wants to close the old quay to lorries. We asked her why.\n\n" +
    "Q: Won't this hurt the fishermen?\n\n" +
    "A: “No. They will unload at the new quay.”\n\n" +
    "Q: Your critics call it vanity.\n\n" +
    "A: “I call it safety.”";

  it("credits the 'A:' lines to the one person the introduction names", () => {
    const rows = quotesWith(text, [["Tamsin Quarle", "Quarle"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["tamsin-quarle", "tamsin-quarle"]);
  });

  it("guard: with two people before the first question, nobody", () => {
    const two = text.replace("We asked her why.", "Her deputy, Olwen Drask, disagrees.");
    const rows = quotesWith(two, [["Tamsin Quarle", "Quarle"], ["Olwen Drask", "Drask"]]);
    expect(rows.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe("a description whose words are the title written before the name, in another order", () => {
  const text =
    "Speaking in Pellmouth on Tuesday, Chief Fire Officer Ysolde Brannick said the forests were dry.\n\n" +
    "The fire chief asked people not to light barbecues. “Please, this summer, eat at home,” she said.";

  it("'the fire chief' is the Chief Fire Officer named before", () => {
    const rows = quotesWith(text, [["Ysolde Brannick", "Brannick"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["ysolde-brannick"]);
  });

  it("guard: a former holder of the title is not the description's", () => {
    const rows = quotesWith(text.replace("Chief Fire Officer", "former Chief Fire Officer"), [["Ysolde Brannick", "Brannick"]]);
    expect(rows.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a headline quoting with single marks", () => {
  const run = (text: string) => {
    const d = doc(text);
    d.sentences[0] = { ...d.sentences[0]!, headline: true };
    const at = text.lastIndexOf("Dunstan Merrow");
    const ms: ResolvedMention[] = [{ article: "t", actor: "dunstan-merrow", start: at, end: at + 14, text: "Dunstan Merrow", sentence: 0, kind: "person" }];
    const person: ActorRow = { id: "dunstan-merrow", name: "Dunstan Merrow", kind: "person", aliases: [], country: null, role: null, mentions: 1, articles: 1 };
    return extractQuotes(d, ms, new Map([["dunstan-merrow", person]]));
  };

  it("'Ferry captain: ‘Passengers come first’' is the body's speaker's quotation", () => {
    const rows = run("Ferry captain: ‘Passengers come first’\n\nThe ferry sailed on Monday.\n\n“Passengers come first. The timetable comes second,” said captain Dunstan Merrow.");
    expect(rows.map((q) => [q.speaker, q.text.slice(0, 21)])).toEqual([
      ["dunstan-merrow", "Passengers come first"],
      ["dunstan-merrow", "Passengers come first"],
    ]);
  });

  it("guard: a single-marked word and an apostrophe in the headline quote nobody", () => {
    const rows = run("Pellmouth’s ‘quiet’ quay reopens\n\nThe quay reopened on Monday.\n\n“It was never quiet,” said captain Dunstan Merrow.");
    expect(rows.filter((q) => q.start < 30).every((q) => q.speaker === null)).toBe(true);
  });
});

describe("a pronoun after a fronted phrase moves the chain to the person named since the last speaker", () => {
  const text =
    "“Families are struggling,” the energy minister, Tolvo Brannet, told parliament.\n\n" +
    "The inquiry will be led by a retired judge, Dr Oona Fennet. In a statement, she said she would look at “every line of the bill”.";

  it("'In a statement, she said' is the judge, not the minister whose name gives no sex", () => {
    const rows = quotesWith(text, [["Tolvo Brannet", "Brannet"], ["Oona Fennet", "Fennet"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["tolvo-brannet", "oona-fennet"]);
  });

  it("guard: a man named since then does not take 'she' from the woman who spoke", () => {
    const rows = quotesWith(text.replace("Tolvo Brannet", "Anna Brannet").replace("Dr Oona Fennet", "Mr Oona Fennet"), [["Anna Brannet", "Brannet"], ["Oona Fennet", "Fennet"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["anna-brannet", "anna-brannet"]);
  });
});

describe("a description whose apposition gives the name it goes by", () => {
  const text = (who: string) =>
    '"We counted 5,000 people," agency spokeswoman Hedda Sorvik told reporters.\n\n' +
    `One refugee, ${who}, said her village had been shelled. "We left with nothing," she said.`;
  const people = [["Hedda Sorvik", "Sorvik"], ["Dunja Pelrose", "Pelrose"]];

  it("'One refugee, a teacher named Dunja Pelrose, said' credits the name, and 'she' goes on with it", () => {
    for (const who of ["a teacher named Dunja Pelrose", "a woman identified as Dunja Pelrose"]) {
      const rows = quotesWith(text(who), people);
      expect(rows.map((q) => q.speaker)).toEqual(["hedda-sorvik", "dunja-pelrose"]);
    }
  });

  it("guard: a bare name in the apposition credits it as before", () => {
    const rows = quotesWith(text("Dunja Pelrose"), people);
    expect(rows.map((q) => q.speaker)).toEqual(["hedda-sorvik", "dunja-pelrose"]);
  });
});

describe("a description after another, unnamed holder of it came in", () => {
  const text = (between: string) =>
    '"The market is punishing them," said Brage Tolland, an analyst at Varnholm Securities.\n\n' +
    `${between} "If one bank has a problem, the whole system has a problem," the analyst said.`;
  const people = [["Brage Tolland", "Tolland"]];

  it("'Another analyst, who asked not to be named, said …' then 'the analyst said' is not the named analyst", () => {
    const rows = quotesWith(text("Another analyst, who asked not to be named, said the central bank might act."), people);
    expect(rows.map((q) => q.speaker)).toEqual(["brage-tolland", null]);
  });

  it("guard: with no other analyst in between, 'the analyst' is the one named", () => {
    const rows = quotesWith(text("Shares fell eight percent."), people);
    expect(rows.map((q) => q.speaker)).toEqual(["brage-tolland", "brage-tolland"]);
  });
});

describe("an article read as a name", () => {
  const text = 'Trade talks ended without a deal.\n\nAn Orvane League official said the other side had "moved very little".';
  const run = (withArticle: boolean) => {
    const ms: ResolvedMention[] = [];
    if (withArticle) ms.push({ article: "t", actor: "an", start: text.indexOf("An "), end: text.indexOf("An ") + 2, text: "An", sentence: 0, kind: "person" });
    const at = text.indexOf("Orvane League");
    ms.push({ article: "t", actor: "orvane-league", start: at, end: at + 13, text: "Orvane League", sentence: 0, kind: "organization" });
    const actors = new Map<string, ActorRow>([
      ["an", { id: "an", name: "An", kind: "person", aliases: [], country: null, role: null, mentions: 1, articles: 1 }],
      ["orvane-league", { id: "orvane-league", name: "Orvane League", kind: "organization", aliases: [], country: null, role: null, mentions: 1, articles: 1 }],
    ]);
    return extractQuotes(doc(text), ms, actors);
  };

  it("'An' before a body's official names nobody: the official speaks for the body", () => {
    expect(run(true).map((q) => q.speaker)).toEqual(["orvane-league"]);
  });

  it("guard: without that mention the body is credited as before", () => {
    expect(run(false).map((q) => q.speaker)).toEqual(["orvane-league"]);
  });
});

describe("a relative clause with its own subject after 'who'", () => {
  it("'attacked “…” in the opposition who he said knew nothing' is the subject's, not the opposition's", () => {
    const text = 'Defence Minister Ilvo Darrick attacked "armchair generals" in the opposition who he said knew nothing about the army.';
    const rows = quotesWith(text, [["Ilvo Darrick", "Darrick"]]);
    expect(rows.map((q) => [q.speaker, q.speaker_text])).toEqual([["ilvo-darrick", "Ilvo Darrick"]]);
  });

  it("guard: 'a doctor who examined them told' keeps the described doctor", () => {
    const rows = quotesWith('A doctor who examined the boys told reporters they were "weak but stable".', []);
    expect(rows.map((q) => q.speaker_text)).toEqual(["A doctor"]);
  });
});

describe("a lede's unnamed person named in the next sentence by the title", () => {
  it("'A judge has criticised … “careless” … ¶ Judge Marit Vollan said' credits the judge", () => {
    const text = "A judge has criticised a council for its “careless” handling of a pupil's school transport.\n\nJudge Marit Vollan said the council had failed in its “most basic duty”.";
    const rows = quotesWith(text, [["Marit Vollan", "Vollan"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["marit-vollan", "marit-vollan"]);
  });

  it("guard: 'Another witness, Marit Vollan,' is not the unnamed witness of the sentence before", () => {
    const text = "A witness told police the car was going “very fast”.\n\nAnother witness, Marit Vollan, said she heard brakes.";
    const rows = quotesWith(text, [["Marit Vollan", "Vollan"]]);
    expect(rows.map((q) => q.speaker)).toEqual([null]);
  });
});
