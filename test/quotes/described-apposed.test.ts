import { describe, expect, it } from "vitest";
import { quotes, quotesWith } from "./helpers.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";

// Speakers given by a description with the name set beside it, and bodies named by their trade;
// every test is an invented article.

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

describe("a description before the verb, its name in apposition after a trade word", () => {
  it("'The head of the jury, historian Rolf Dahl, said' names Dahl", () => {
    const text = 'The head of the jury, historian Rolf Dahl, said the choice was "easy and unanimous."';
    expect(quotesWith(text, [["Rolf Dahl", "Dahl"]]).map((q) => q.speaker)).toEqual(["rolf-dahl"]);
  });

  it("'Their coach, former sprinter Ann Ode, said:' names Ode", () => {
    const text = 'Their coach, former sprinter Ann Ode, said: "We trained for this all winter."';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });

  it("'One of the judges, poet Mira Lund, described …' names Lund", () => {
    const text = 'One of the judges, poet Mira Lund, described the book as "fearless."';
    expect(quotesWith(text, [["Mira Lund", "Lund"]]).map((q) => q.speaker)).toEqual(["mira-lund"]);
  });

  it("a clause with a lower-case verb before the name names nobody new", () => {
    const text = 'Their coach, who trained Ann Ode, said: "We worked hard all winter."';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).not.toContain("ann-ode");
  });
});

describe("an inverted description with its name after a comma", () => {
  it("'said the head of the jury, Rolf Dahl.' names Dahl", () => {
    const text = 'The jury met for an hour. "It was easy and we all agreed on the book," said the head of the jury, Rolf Dahl.';
    expect(quotesWith(text, [["Rolf Dahl", "Dahl"]]).map((q) => q.speaker)).toEqual(["rolf-dahl"]);
  });

  it("'says the association's chair, X.' names X", () => {
    const text = 'Farmers are angry. "We have warned the shops again and again," says the association\'s chair, Bron Lloyd.';
    expect(quotesWith(text, [["Bron Lloyd", "Lloyd"]]).map((q) => q.speaker)).toEqual(["bron-lloyd"]);
  });

  it("'said the head of the jury, historian Rolf Dahl.' names Dahl", () => {
    const text = 'The jury met for an hour. "It was easy and we all agreed on the book," said the head of the jury, historian Rolf Dahl.';
    expect(quotesWith(text, [["Rolf Dahl", "Dahl"]]).map((q) => q.speaker)).toEqual(["rolf-dahl"]);
  });
});

describe("a sentence pointing back at the quotation, naming its speaker", () => {
  it("'That was the message from <company> director X' names the director, not the company", () => {
    const text = 'The port will grow.\n\n"We need more space for bigger ships."\n\nThat was the message from Harwick Port director Ilse Maron on Tuesday.';
    const speakers = withActors(text, [{ kind: "organization", names: ["Harwick Port"] }, { kind: "person", names: ["Ilse Maron"] }]);
    expect(speakers).toEqual(["ilse-maron"]);
  });

  it("a body's name taken for a person's still premodifies the title and name after it", () => {
    const text = 'The port will grow.\n\n"We cannot make the route pay in winter."\n\nThat was the verdict of Alder Ferries chief executive Ilse Maron on Monday.';
    expect(quotesWith(text, [["Alder Ferries"], ["Ilse Maron", "Maron"]]).map((q) => q.speaker)).toEqual(["ilse-maron"]);
  });

  it("'That was the warning from <town> mayor X' names the mayor", () => {
    const text = 'The river is rising.\n\n"Leave your homes tonight."\n\nThat was the warning from Varnby mayor Ann Ode.';
    const speakers = withActors(text, [{ kind: "place", names: ["Varnby"] }, { kind: "person", names: ["Ann Ode"] }]);
    expect(speakers).toEqual(["ann-ode"]);
  });

  it("'Those were the words of the port director, X, on Tuesday' names X", () => {
    const text = 'The port will grow.\n\n"Without this quay the port will slowly die."\n\nThose were the words of the port director, Ilse Maron, on Tuesday.';
    expect(quotesWith(text, [["Ilse Maron", "Maron"]]).map((q) => q.speaker)).toEqual(["ilse-maron"]);
  });

  it("a name after a longer clause is still not the speaker", () => {
    const text = 'The port will grow.\n\n"Without this quay the port will slowly die."\n\nThat was the view of many in the town, where Ilse Maron lives.';
    expect(quotesWith(text, [["Ilse Maron", "Maron"]]).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a body named by its trade", () => {
  it("'a spokesman for the operator' speaks for the rail company named", () => {
    const text = 'Bramley Rail won the contract on Monday.\n\n"We are delighted," a spokesman for the operator said.';
    expect(withActors(text, [{ kind: "organization", names: ["Bramley Rail"] }])).toEqual(["bramley-rail"]);
  });

  it("'the regulator said' is the office that fined the bank, not the bank", () => {
    const text = 'The Conduct Office fined Marston Bank on Thursday.\n\n"The bank failed its customers," the regulator said.';
    const speakers = withActors(text, [{ kind: "organization", names: ["Conduct Office"] }, { kind: "organization", names: ["Marston Bank"] }]);
    expect(speakers).toEqual(["conduct-office"]);
  });

  it("'the regulator said' with no regulating body named credits nobody", () => {
    const text = 'Marston Bank was fined on Thursday.\n\n"The bank failed its customers," the regulator said.';
    expect(withActors(text, [{ kind: "organization", names: ["Marston Bank"] }])).toEqual([null]);
  });
});

describe("a document from a body given by its trade", () => {
  it("'according to a statement from the company' credits the company named", () => {
    const text = 'Lullo Electronics is recalling 100,000 monitors.\n\n"Safety comes first," according to a statement from the company.';
    expect(withActors(text, [{ kind: "organization", names: ["Lullo Electronics"] }])).toEqual(["lullo-electronics"]);
  });

  it("'according to a statement from the ministry' needs a body named with the organ's word", () => {
    const text = 'Lullo Electronics is recalling 100,000 monitors.\n\n"Safety comes first," according to a statement from the ministry.';
    expect(withActors(text, [{ kind: "organization", names: ["Lullo Electronics"] }])).toEqual([null]);
  });
});

describe("a bare spokesman after a sentence about a body", () => {
  it("'The coach firm, X, said … A spokesman said:' credits the firm", () => {
    const text = 'A coach crashed on the motorway on Monday.\n\nThe coach company, Westway Travel, said it was helping the police. A spokesman said: "Our thoughts are with everyone involved."';
    expect(withActors(text, [{ kind: "organization", names: ["Westway Travel"] }])).toEqual(["westway-travel"]);
  });

  it("'X said … A spokeswoman added:' credits the body that opened the sentence before", () => {
    const text = 'Varnco shares fell on Tuesday.\n\nVarnco said it would cut 400 jobs. "These are hard decisions," a spokeswoman added.';
    expect(withActors(text, [{ kind: "organization", names: ["Varnco"] }])).toEqual(["varnco"]);
  });

  it("a body opening the quotation itself is not the one the spokesman speaks for", () => {
    const text = 'Minister Ann Ode met the unions on Monday.\n\n"Varnco will have to wait," a spokesman said.';
    const speakers = withActors(text, [{ kind: "organization", names: ["Varnco"] }, { kind: "person", names: ["Ann Ode", "Ode"] }]);
    expect(speakers).not.toContain("varnco");
  });

  it("a spokesman after a sentence about a person is not the body named inside it", () => {
    const text = 'Minister Ann Ode met Varnco on Monday.\n\nOde was on holiday on Tuesday. "She will return next week," a spokesman said.';
    const speakers = withActors(text, [{ kind: "organization", names: ["Varnco"] }, { kind: "person", names: ["Ann Ode", "Ode"] }]);
    expect(speakers).not.toContain("varnco");
  });
});

describe("an unnamed relative as the subject a pronoun continues", () => {
  it("'The boy's mother said …. “…,” she said' is the mother's, not the woman named before", () => {
    const text = 'Outside court, the lawyer Ann Ode read a statement.\n\nThe boy\'s mother, who cannot be named, said she was devastated. "Nobody believed my son," she said.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).toEqual([null]);
  });

  it("a relative named only as an object leaves the chain with the subject", () => {
    const text = 'Ann Ode met the boy\'s mother on Monday. "Nobody listened to them," she said.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });

  it("a 'he' after a mother's sentence passes over her to the man named before", () => {
    const text = '"We will appeal," said Rui Lund, the family\'s lawyer.\n\nThe boy\'s mother said she was devastated. "This is not over," he said.';
    expect(quotesWith(text, [["Rui Lund", "Lund"]]).map((q) => q.speaker)).toEqual(["rui-lund", "rui-lund"]);
  });
});

describe("a title's sex against the actor a surname was resolved to", () => {
  it("'Mr. Lund said' is not the woman the surname was resolved to", () => {
    const text = 'Rui and Ann Lund marked 70 years of marriage on Saturday. "We met at a dance," Mr. Lund said.';
    const speakers = quotesWith(text, [["Ann Lund", "Lund"]]).map((q) => q.speaker);
    expect(speakers).toEqual([null]);
  });

  it("'Mrs. Lund said' keeps the woman", () => {
    const text = 'Rui and Ann Lund marked 70 years of marriage on Saturday. "He was a terrible dancer," Mrs. Lund said.';
    expect(quotesWith(text, [["Ann Lund", "Lund"]]).map((q) => q.speaker)).toEqual(["ann-lund"]);
  });
});
