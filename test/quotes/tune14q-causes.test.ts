import { describe, expect, it } from "vitest";
import { mention, quotes, quotesWith } from "./helpers.js";
import { doc } from "../figures/helpers.js";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";

// General causes behind the misses of the tune14q half and of a probe of invented present-day
// articles (interviews, partial quotations, unnamed bodies); every test is an invented article.

const org = (id: string, name: string): ActorRow => ({ id, name, kind: "organization", aliases: [], country: null, role: null, mentions: 1, articles: 1 });

describe("an interview line under the speaker's surname", () => {
  const text =
    "Housing Minister Marit Lindvik spoke to us about the bill.\n\n" +
    "Q: Why now?\n\n" +
    'Lindvik: "Because rents have risen faster than wages for years."\n\n' +
    "Q: Landlords say the law will cut supply.\n\n" +
    'Lindvik: "They said the same thing a decade ago, and they were wrong."';

  it("credits the surname's person, and keeps a line whose words open on 'They said'", () => {
    const rows = quotesWith(text, [["Marit Lindvik", "Lindvik"]]);
    expect(rows.map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      ["marit-lindvik", "Because rent"],
      ["marit-lindvik", "They said th"],
    ]);
  });

  it("a lone word before the colon that names nobody credits nobody", () => {
    const rows = quotesWith('The storm hit the coast overnight.\n\nUpdate: "Roads north of the bay are closed until noon."', []);
    expect(rows.every((q) => q.speaker === null && q.speaker_text !== "Update")).toBe(true);
  });
});

describe("a pronoun after a sentence-opening adverb", () => {
  it("'Afterwards she said' is the woman named before", () => {
    const text =
      '"This deal will ruin small farms," said Gunnar Velt, a cattle farmer.\n\n' +
      'Farm Minister Sigrun Aavik met the farmers. Afterwards she said the deal had "strong protections" for growers.';
    const rows = quotesWith(text, [["Gunnar Velt", "Velt"], ["Sigrun Aavik", "Aavik"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["gunnar-velt", "sigrun-aavik"]);
  });
});

describe("a short quoted phrase in a reported clause is not a premodifier or a name", () => {
  const people = [["Kalmo Lines"], ["Oskar Tveld", "Tveld"], ["Ann Orsk", "Orsk"], ["Rui Lamb", "Lamb"]];

  it("'at a “prudent level” next year' is the speaker's", () => {
    const rows = quotesWith('Kalmo Lines said its board would resume the dividend at a "prudent level" next year.', people);
    expect(rows.map((q) => [q.speaker, q.text])).toEqual([["kalmo-lines", "prudent level"]]);
  });

  it("'would be named “within days”' says when, it names nothing", () => {
    const rows = quotesWith('Oskar Tveld said a new coach would be named "within days".', people);
    expect(rows.map((q) => [q.speaker, q.text])).toEqual([["oskar-tveld", "within days"]]);
  });

  it("'called Lamb a “scoundrel” who …' is a judgement spoken", () => {
    const rows = quotesWith('Mayor Ann Orsk called Rui Lamb a "scoundrel" who had cheated the city.', people);
    expect(rows.map((q) => [q.speaker, q.text])).toEqual([["ann-orsk", "scoundrel"]]);
  });

  it("'called Lamb -- who … -- a “scoundrel”': the dashed aside between the verb and the quotation", () => {
    const rows = quotesWith('Orsk called Lamb -- who ran a small shop in the old port of the city -- a "scoundrel" on whom the police kept a file.', people);
    expect(rows.map((q) => [q.speaker, q.text])).toEqual([["ann-orsk", "scoundrel"]]);
  });

  it("guards: a ship named “Northern Star”, a tug named “Skarv” last year stay labels", () => {
    const a = quotesWith('Ann Orsk said the yard launched a ship named "Northern Star" on Friday.', people);
    const b = quotesWith('The yard launched a tug named "Skarv" last year.', people);
    expect([...a, ...b].map((q) => q.text)).toEqual([]);
  });
});

describe("an agency described by its field", () => {
  const text =
    "Paint maker Ardvo was fined two million euros for polluting the river, the environment agency said.\n\n" +
    'The agency said Ardvo had released "large amounts" of solvent.\n\n' +
    'Ardvo said it accepted the fine. "We have invested in new filters since then," a spokesman for the company said.';
  const ms: ResolvedMention[] = [];
  for (let at = text.indexOf("Ardvo"); at >= 0; at = text.indexOf("Ardvo", at + 1)) ms.push(mention(text, "Ardvo", "ardvo", "organization", at));

  it("is not the firm the story names most, and its 'the agency' is the same unnamed body", () => {
    const rows = quotes(text, ms, new Map([["ardvo", org("ardvo", "Ardvo")]]));
    expect(rows.map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      [null, "large amount"],
      ["ardvo", "We have inve"],
    ]);
  });

  it("guard: 'the news agency said' may still be a wire service of any name", () => {
    const t = 'Tassor reported the strike first. "The port is closed," the news agency said.';
    const rows = quotes(t, [mention(t, "Tassor", "tassor", "organization")], new Map([["tassor", org("tassor", "Tassor")]]));
    expect(rows.map((q) => q.speaker)).toEqual(["tassor"]);
  });
});

describe("a headline that quotes the body", () => {
  const run = (text: string) => {
    const d = doc(text);
    d.sentences[0] = { ...d.sentences[0]!, headline: true };
    const at = text.lastIndexOf("Jonas Lerke");
    const ms: ResolvedMention[] = [{ article: "t", actor: "jonas-lerke", start: at, end: at + 11, text: "Jonas Lerke", sentence: 0, kind: "person" }];
    const person: ActorRow = { id: "jonas-lerke", name: "Jonas Lerke", kind: "person", aliases: [], country: null, role: null, mentions: 1, articles: 1 };
    return extractQuotes(d, ms, new Map([["jonas-lerke", person]]));
  };

  it("takes the speaker of the body's row with the same words", () => {
    const rows = run('Storm damage: "We lost everything in one night"\n\nResidents of the coast began clearing up on Sunday.\n\n"We lost everything in one night," said resident Jonas Lerke.');
    expect(rows.map((q) => q.speaker)).toEqual(["jonas-lerke", "jonas-lerke"]);
  });

  it("guard: a headline's word or two the body does not attribute stays nobody's", () => {
    const rows = run('Firm to "review everything" after the leak\n\nThe firm said it would look again at its systems.\n\n"We take this very seriously, and we will review everything," said Jonas Lerke.');
    expect(rows.filter((q) => q.start < 30).every((q) => q.speaker === null)).toBe(true);
  });
});

describe("a speaker's text without the day its subject runs into", () => {
  it("'Opposition leader Mara Lindt on Tuesday called …' writes the speaker as Mara Lindt", () => {
    const rows = quotesWith('Opposition leader Mara Lindt on Tuesday called the budget "a betrayal of working families" and vowed to fight it.', [["Mara Lindt", "Lindt"]]);
    expect(rows.map((q) => [q.speaker, q.speaker_text])).toEqual([["mara-lindt", "Mara Lindt"]]);
  });
});

describe("'the company' of a story about a firm and its unit", () => {
  const run = (text: string) => {
    const ms: ResolvedMention[] = [];
    for (const [surface, id] of [["Varnco Freight Inc.", "varnco"], ["Telvo Express", "telvo"]] as const)
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) ms.push(mention(text, surface, id, "organization", at));
    const place = text.indexOf("Brisvale");
    if (place >= 0) ms.push(mention(text, "Brisvale", "brisvale", "place"));
    ms.sort((a, b) => a.start - b.start);
    const actors = new Map([["varnco", org("varnco", "Varnco Freight Inc.")], ["telvo", org("telvo", "Telvo Express")], ["brisvale", { ...org("brisvale", "Brisvale"), kind: "place" as const }]]);
    return quotes(text, ms, actors).map((q) => q.speaker);
  };
  const lede = "Varnco Freight Inc. posted lower quarterly earnings, blaming weak results at its Telvo Express arm.\n\n";

  it("is the firm the story opens on, on a tie with a body named later", () => {
    expect(run(lede + 'Margins were hurt by "fierce" discounting in trucking, the company said.')).toEqual(["varnco"]);
  });

  it("'The Brisvale, Ore., company said': the town and state say where it is, not who speaks", () => {
    expect(run(lede + 'The Brisvale, Ore., company said earnings shrank by "a painful margin" this time.')).toEqual(["varnco"]);
  });

  it("'The Elm Brook, Ore., company said' with a town of two words, then 'the company said'", () => {
    const text = lede + "The Elm Brook, Ore., company said earnings shrank.\n\n" + 'Margins were hurt by "fierce" discounting, the company said.';
    expect(run(text)).toEqual(["varnco"]);
  });

  it("guard: a body named more often than the lede's still wins", () => {
    const text = lede + "Telvo Express lost two big contracts. Telvo Express also cut 300 jobs.\n\n" + 'Profit suffered from "fierce" discounting, the company said.';
    expect(run(text)).toEqual(["telvo"]);
  });
});

describe("a town and state before a head that names no trade", () => {
  it("'The Brisvale, Ore., maker of locks said' credits no place", () => {
    const text = 'Varnco Locks Inc. warned of weaker orders.\n\nThe Brisvale, Ore., maker of locks told investors that orders were "a shade above" plan.';
    const ms = [mention(text, "Varnco Locks Inc.", "varnco", "organization"), mention(text, "Brisvale", "brisvale", "place"), mention(text, "Ore.", "oregon", "place")];
    const actors = new Map([["varnco", org("varnco", "Varnco Locks Inc.")], ["brisvale", { ...org("brisvale", "Brisvale"), kind: "place" as const }], ["oregon", { ...org("oregon", "Oregon"), kind: "place" as const }]]);
    expect(quotes(text, ms, actors).map((q) => q.speaker)).not.toContain("brisvale");
    expect(quotes(text, ms, actors).map((q) => q.speaker)).not.toContain("oregon");
  });
});
