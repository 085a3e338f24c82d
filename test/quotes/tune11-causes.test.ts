import { describe, expect, it } from "vitest";
import { quotes, quotesWith } from "./helpers.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";

// General causes behind the speaker and quotation errors of a fresh hand-coded half of wire and
// newspaper articles; every test is an invented article.

describe("a pronoun chain that moves to a person named after the last speaker", () => {
  it("'She described …' after 'heard from Ann Vell' makes the next 'she said' Vell's", () => {
    const text =
      '"The hall is full," said Mara Tolk, one of the organisers.\n\n' +
      "Later the hall heard from Ann Vell, a teacher whose school burned down. She described the families still waiting for help.\n\n" +
      '"They deserve better than this," she said.';
    const rows = quotesWith(text, [["Mara Tolk", "Tolk"], ["Ann Vell", "Vell"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["mara-tolk", "ann-vell"]);
  });

  it("a narrative 'She' right after the speaker's own sentence still continues the speaker", () => {
    const text =
      "Mara Tolk, one of the organisers, greeted teacher Ann Vell at the door.\n\n" +
      '"The hall is full," said Tolk. She thanked the volunteers.\n\n' +
      '"We could not have done it alone," she said.';
    const rows = quotesWith(text, [["Mara Tolk", "Tolk"], ["Ann Vell", "Vell"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["mara-tolk", "mara-tolk"]);
  });

  it("a woman named after a male speaker, then 'She …', is the 'she' who speaks", () => {
    const text =
      '"We will rebuild," said Otto Prell, the mayor.\n\n' +
      "Residents then listened to nurse Ann Vell. She described the night the river rose.\n\n" +
      '"Nobody slept," she said.';
    const rows = quotesWith(text, [["Otto Prell", "Prell"], ["Ann Vell", "Vell"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["otto-prell", "ann-vell"]);
  });

  it("a man named inside a sentence about the speaker ('his brother, X') does not take the chain", () => {
    const text =
      "Otto Prell said on Monday he would sue the club.\n\n" +
      "The former striker was cleared last year of hiding the debts of his brother and his partner, Rui Vick.\n\n" +
      'He now faces a new inquiry. But he added: "the truth will come out."';
    const rows = quotesWith(text, [["Otto Prell", "Prell"], ["Rui Vick", "Vick"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["otto-prell"]);
  });
});

describe("judging words in the marks of a spoken sentence", () => {
  it("'condemned the “…, … and …” shelling': a list of adjectives is the speaker's", () => {
    const text = 'Envoy Rui Vick condemned the "senseless, brutal and reckless" shelling of the port.';
    expect(quotesWith(text, [["Rui Vick", "Vick"]]).map((q) => q.text)).toEqual(["senseless, brutal and reckless"]);
  });

  it("'said the merger was a “truly historic” step': an adverb and an adjective are the speaker's", () => {
    const text = 'Ann Vell, the chief executive, said the merger was a "truly historic" step for the region.';
    expect(quotesWith(text, [["Ann Vell", "Vell"]]).map((q) => q.text)).toEqual(["truly historic"]);
  });

  it("a noun phrase after 'the' in a spoken sentence stays a term", () => {
    const text = 'Ann Vell said the town had joined the "green corridor" scheme last year.';
    expect(quotesWith(text, [["Ann Vell", "Vell"]]).map((q) => q.text)).toEqual([]);
  });

  it("an adjective in marks where nobody speaks stays the reporter's", () => {
    const text = 'The shop sells the "healthy" snacks that children ignore.';
    expect(quotesWith(text).map((q) => q.text)).toEqual([]);
  });
});

describe("a word in marks that the sentence goes on to explain is mentioned, not said", () => {
  for (const predicate of ["is a reference to the plan", "refers to the merger", "is short for the old name", "stands for the council", "was the board's term for the cuts"])
    it(`"“Renewal” ${predicate} …" after a spoken paragraph`, () => {
      const text = `"We have finished the renewal," Ann Vell said on Monday. "Renewal" ${predicate} of the last three years.`;
      expect(quotesWith(text, [["Ann Vell", "Vell"]]).map((q) => q.text)).toEqual(["We have finished the renewal,"]);
    });

  it("a quoted sentence that opens on a word and goes on is still a quotation", () => {
    const text = 'Ann Vell spoke on Monday. "Renewal is what this town needs," she said.';
    expect(quotesWith(text, [["Ann Vell", "Vell"]]).map((q) => q.text)).toEqual(["Renewal is what this town needs,"]);
  });
});

describe("a speaker's own 'I said' is no reporter's tag", () => {
  it('"Like I said before, …" after a quotation paragraph is the speaker\'s', () => {
    const text = '"I am always careful," said Rui Vick.\n\n"Like I said before, nothing is decided. We will see in the spring."';
    const rows = quotesWith(text, [["Rui Vick", "Vick"]]);
    expect(rows.map((q) => [q.text, q.speaker])).toEqual([["I am always careful,", "rui-vick"], ["Like I said before, nothing is decided. We will see in the spring.", "rui-vick"]]);
  });

  it("a name and 'said' opening a span between marks is still the reporter's narration", () => {
    const text = '"I am always careful," said Rui Vick.\n\n"Ann Vell said the plan was dead."';
    expect(quotesWith(text, [["Rui Vick", "Vick"], ["Ann Vell", "Vell"]]).map((q) => q.text)).toEqual(["I am always careful,"]);
  });
});

/** Quotes of `text` with each group's surfaces resolved to one actor of the group's kind. */
function withActors(text: string, groups: { kind: ResolvedMention["kind"]; names: string[] }[]) {
  const actors = new Map<string, ActorRow>();
  const mentions: ResolvedMention[] = [];
  for (const { kind, names } of groups) {
    const id = names[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    actors.set(id, { id, name: names[0]!, kind, aliases: names.slice(1), country: null, role: null, mentions: 0, articles: 1 });
    for (const surface of names)
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1))
        if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ article: "t", actor: id, start: at, end: at + surface.length, text: surface, sentence: 0, kind });
  }
  return quotes(text, mentions.sort((a, b) => a.start - b.start), actors).map((q) => q.speaker);
}

describe("an unnamed person for an organ of state", () => {
  it("'a spokesman for the ministry' speaks for the ministry the article named", () => {
    const text = 'The Ministry of Roads said on Tuesday the bridge would close.\n\nRepairs begin next week. "The work cannot wait," a spokesman for the ministry said.';
    expect(withActors(text, [{ kind: "organization", names: ["Ministry of Roads"] }])).toEqual(["ministry-of-roads"]);
  });

  it("not for a body whose name does not hold the organ's word", () => {
    const text = 'Tellco said on Tuesday the bridge would close.\n\n"The work cannot wait," a spokesman for the ministry said.';
    expect(withActors(text, [{ kind: "organization", names: ["Tellco"] }])).toEqual([null]);
  });
});

describe("the sex a resolved pronoun gave a name", () => {
  it("after 'Kemal Dorn … he said', a later 'she said' passes over Dorn", () => {
    const text =
      '"The harbour must stay open," said Ann Vell, the port director.\n\n' +
      'Kemal Dorn, who leads the dockers, disagreed. "It is not safe," he said.\n\n' +
      'The director was unmoved. "We have checked every crane," she said.';
    expect(quotesWith(text, [["Ann Vell", "Vell"], ["Kemal Dorn", "Dorn"]]).map((q) => q.speaker)).toEqual(["ann-vell", "kemal-dorn", "ann-vell"]);
  });

  it("a name no pronoun was resolved to still fits either", () => {
    const text = '"The harbour must stay open," said Ann Vell.\n\nKemal Dorn disagreed. "It is not safe," she said.';
    expect(quotesWith(text, [["Ann Vell", "Vell"], ["Kemal Dorn", "Dorn"]]).map((q) => q.speaker)).toEqual(["ann-vell", "kemal-dorn"]);
  });
});

describe("a plural demonstrative pointing back at the words", () => {
  it('"Those were the words of X" names the speaker of the quotation before', () => {
    const text = '"This is the best day of my life."\n\nThose were the words of Mara Tolk after she won the regional title on Sunday.';
    expect(quotesWith(text, [["Mara Tolk", "Tolk"]]).map((q) => q.speaker)).toEqual(["mara-tolk"]);
  });
});

describe("a speaker described first and named a sentence or a paragraph later", () => {
  it('"the defence lawyer said" then "said the lawyer, Otto Prell"', () => {
    const text = '"We will appeal," the defence lawyer said on Friday.\n\n"My client is innocent," said the lawyer, Otto Prell, who has acted for the family for years.';
    expect(quotesWith(text, [["Otto Prell", "Prell"]]).map((q) => q.speaker)).toEqual(["otto-prell", "otto-prell"]);
  });

  it('"the commander told reporters" then "The commander, Rui Vick, …"', () => {
    const text = '"We will not withdraw," the rebel commander told reporters.\n\nThe commander, Rui Vick, has led the group since 2020.';
    expect(quotesWith(text, [["Rui Vick", "Vick"]]).map((q) => q.speaker)).toEqual(["rui-vick"]);
  });

  it("a person with another office named after stays unresolved", () => {
    const text = '"We will appeal," the defence lawyer said on Friday.\n\nThe judge, Otto Prell, set a hearing for March.';
    expect(quotesWith(text, [["Otto Prell", "Prell"]]).map((q) => q.speaker)).toEqual([null]);
  });

  it("a holder named far later is not reached", () => {
    const filler = "The hearing lasted four hours. Witnesses described the night of the fire. ".repeat(6);
    const text = `"We will appeal," the defence lawyer said on Friday.\n\n${filler}\n\nThe lawyer, Otto Prell, left without comment.`;
    expect(quotesWith(text, [["Otto Prell", "Prell"]]).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("one of a group, after the verb", () => {
  it('"said one of the organisers, Mara Tolk" names Tolk', () => {
    const text = '"We had no choice," said one of the organisers, Mara Tolk.';
    expect(quotesWith(text, [["Mara Tolk", "Tolk"]]).map((q) => [q.text, q.speaker])).toEqual([["We had no choice,", "mara-tolk"]]);
  });

  it('"said one of the drivers" keeps the quotation, by nobody named', () => {
    const text = 'The bus was late again on Monday. "We had no choice," said one of the drivers.';
    expect(quotesWith(text).map((q) => [q.text, q.speaker_text])).toEqual([["We had no choice,", "one of the drivers"]]);
  });
});

describe("a colon right after a name", () => {
  it('"Mayor Ann Vell: “…”" credits the name', () => {
    const text = 'The port reopened on Monday.\n\nMayor Ann Vell: "We will not give up the port."';
    expect(quotesWith(text, [["Ann Vell", "Vell"]]).map((q) => q.speaker)).toEqual(["ann-vell"]);
  });
});

describe("a noun of speech and its 'that' clause", () => {
  it("'a Varnco announcement that it would … “…”' credits Varnco", () => {
    const text = 'Varnco shares rose on Friday.\n\nThe rise came after a Varnco announcement that it would close two plants "to cut costs for good," starting in May.';
    expect(withActors(text, [{ kind: "organization", names: ["Varnco"] }])).toEqual(["varnco"]);
  });

  it("'Ann Vell's promise that …' credits Vell", () => {
    const text = 'Voters remember Ann Vell\'s promise that the tax would be "gone within a year."';
    expect(quotesWith(text, [["Ann Vell", "Vell"]]).map((q) => q.speaker)).toEqual(["ann-vell"]);
  });

  it("a noun with no name right before it credits nobody", () => {
    const text = 'Varnco shares rose on Friday after the announcement that the firm would close two plants "to cut costs for good."';
    expect(withActors(text, [{ kind: "organization", names: ["Varnco"] }])).not.toContain("varnco");
  });
});
