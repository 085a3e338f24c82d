import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";

// Whom a quotation credits when the attribution is not "X said" beside it, on invented sentences:
// "he said" (the person the preceding sentences are about, before one merely named in them), a
// verb sharing its sentence's subject, an attribution on the next line, an office by apposition.
const slug = (s: string) => s.toLowerCase().replace(/\W+/g, "-");
/**
 * Speakers of the quotations of `text`, every occurrence of each name a person mention: a full
 * name first, then a surname standing for it ("Piet Lund", "Lund"), which is the same actor.
 */
function speakers(text: string, names: string[]): (string | null)[] {
  const mentions: ResolvedMention[] = [];
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) {
      if (mentions.some((m) => m.start <= i && i < m.end)) continue;
      const full = names.find((f) => f !== n && f.endsWith(` ${n}`));
      mentions.push({ article: "t", actor: slug(full ?? n), start: i, end: i + n.length, text: n, sentence: 0, kind: "person" });
    }
  mentions.sort((a, b) => a.start - b.start);
  const actors = new Map<string, ActorRow>();
  for (const m of mentions) actors.set(m.actor, { id: m.actor, name: m.text, kind: "person", aliases: [], country: null, role: null, mentions: 1, articles: 1 });
  return extractQuotes(doc(text), mentions, actors).map((q) => q.speaker);
}

describe("a pronoun speaker is the subject of the sentences before it", () => {
  it("a subject after a determiner and modifiers ('The 23-year-old Ode') outranks the last speaker", () => {
    const text = '"He served well," said Piet Lund.\n\nThe 23-year-old Tomas Ode, who beat Lund in May, kept calm in the decider.\n\n"I just played my game," he said.';
    expect(speakers(text, ["Piet Lund", "Tomas Ode", "Lund"])).toEqual(["piet-lund", "tomas-ode"]);
  });

  it("a subject after a short fronted phrase and its comma counts ('On Monday, Ode …')", () => {
    const text = '"Rates stay," said Piet Lund.\n\nOn Monday, Tomas Ode spoke to the board.\n\n"We hold," he said.';
    expect(speakers(text, ["Piet Lund", "Tomas Ode"])).toEqual(["piet-lund", "tomas-ode"]);
  });

  it("a name set off by a comma after a long clause is an apposition, not the subject", () => {
    const text = 'Piet Lund spoke first.\n\nThe old coach was cleared last year of the theft of his team\'s funds, Tomas Ode, and the bus.\n\n"We will see more soon," he said.';
    expect(speakers(text, ["Piet Lund", "Tomas Ode"])).toEqual(["piet-lund"]);
  });

  it("a possessive opening a sentence ('Ode's aide …') is not its subject", () => {
    const text = '"We will win," said Piet Lund.\n\nTomas Ode\'s aide was not so sure of that.\n\n"It will be close," he said.';
    expect(speakers(text, ["Piet Lund", "Tomas Ode"])).toEqual(["piet-lund", "piet-lund"]);
  });

  it("a name after a preposition or a verb is not the subject ('was beaten by Ode')", () => {
    const text = '"It was hot," said Piet Lund.\n\nBeaten by Tomas Ode in May, the veteran rested.\n\n"I needed it," he said.';
    expect(speakers(text, ["Piet Lund", "Tomas Ode"])).toEqual(["piet-lund", "piet-lund"]);
  });
});

describe("a speech verb without a subject of its own shares the sentence's", () => {
  it("'Ode, who …, left early but did say: \"…\"' credits the sentence's subject", () => {
    const text = 'The veteran Tomas Ode, who lost in the final at Varn last week, left early but did say: "I was tired."';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });

  it("an opening 'He' is that subject, resolved as any 'he said'", () => {
    const text = 'Tomas Ode spoke last.\n\nHe left early but did say: "I was tired."';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });

  it("only a verb that opens the quotation: a phrase after 'but denied reports of' is the attributing speaker's", () => {
    const text = 'Tomas Ode arrived late but denied reports of a "deep rift" in the squad, his agent Piet Lund said.';
    expect(speakers(text, ["Tomas Ode", "Piet Lund"])).toEqual(["piet-lund"]);
  });
});

describe("a quotation closing its paragraph, credited by the next line", () => {
  it("a next paragraph that is only 'Ode said.' credits it", () => {
    const text = '"Will the plan hold when the rains come?"\n\nTomas Ode said.\n\nThe vote is on Friday.';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });

  it("not a next line that reports more than the attribution ('Ode said others agreed.')", () => {
    const text = '"Will the plan hold when the rains come?"\n\nTomas Ode said others agreed.';
    expect(speakers(text, ["Tomas Ode"])).toEqual([null]);
  });

  it("not a speech verb of a later paragraph after a next line without one", () => {
    const text = '"Will the plan hold?"\n\nThe calm Tomas Ode was late.\n\n"No," said Piet Lund.';
    expect(speakers(text, ["Tomas Ode", "Piet Lund"])).toEqual([null, "piet-lund"]);
  });
});

describe("an office given by apposition", () => {
  it("'According to a party official, Ode \"will …\"' does not make Ode the official a later 'said the party official' names", () => {
    const text = 'According to a party official, Tomas Ode "will travel north next week."\n\n"He will win," said the party official.';
    expect(speakers(text, ["Tomas Ode"])[1]).toBeNull();
  });

  it("'the party official, Ode, said' does", () => {
    const text = 'The party official, Tomas Ode, spoke first.\n\n"He will win," said the party official.';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });
});

describe("a person described by age", () => {
  it("'the 29-year-old striker was quoted as saying' is the person the text is about", () => {
    const text = 'Striker Tomas Ode has said he will retire next year.\n\n"I will stop after the cup," the 29-year-old striker was quoted as saying by a weekly.';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });
});

describe("a quote paragraph without a verb after narration", () => {
  it("is the words of the previous paragraph's subject, a possessive country before it and all", () => {
    const text = "Varn's opposition leader Ann Ode spoke to the crowd for an hour.\n\n\"We will not go away.\"";
    const mentions: ResolvedMention[] = [
      { article: "t", actor: "varn", start: 0, end: 4, text: "Varn", sentence: 0, kind: "country" },
      { article: "t", actor: "ann-ode", start: text.indexOf("Ann Ode"), end: text.indexOf("Ann Ode") + 7, text: "Ann Ode", sentence: 0, kind: "person" },
    ];
    expect(extractQuotes(doc(text), mentions, new Map()).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });
});

describe("praise and criticism quote their words", () => {
  it("'criticized the board for \"…\"' after 'praised' credits their subject", () => {
    const text = 'Tomas Ode spoke last.\n\nHe praised the mayor and criticized the board for "wasting everyone\'s time."';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });

  it("'praised the staff for their \"calm\"' credits the one who praised", () => {
    const text = 'Tomas Ode praised the staff for their "calm" during the flood.';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });
});

describe("a colon after a possessed noun", () => {
  it("'… with her one request: \"…\"' credits her", () => {
    const text = 'Ann Ode, a nurse from Varn, won a prize in 1990 for helping poor, sick people with her one request: "Nobody is turned away."';
    const start = text.indexOf("Ann Ode");
    const mentions: ResolvedMention[] = [{ article: "t", actor: "ann-ode", start, end: start + 7, text: "Ann Ode", sentence: 0, kind: "person" }];
    expect(extractQuotes(doc(text), mentions, new Map()).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });
});

describe("a relative clause on a possessed noun", () => {
  it("'…, whose last chapter he wrote in prison, saying …' credits the pronoun's antecedent, not 'whose last chapter he'", () => {
    const text = 'Tomas Ode defends the book, whose last chapter he wrote in prison, saying it was "a letter to my sons".';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode"]);
  });
});

describe("a crowd's words", () => {
  it("'… said to chants of \"…\"' is nobody's by name, not the speaker's", () => {
    const text = '"We are ready," Tomas Ode said to chants of "four more years" from the hall.';
    expect(speakers(text, ["Tomas Ode"])).toEqual(["tomas-ode", null]);
  });
});
