import { describe, expect, it } from "vitest";
import { mention, quotes } from "./helpers.js";

// Speakers of the short wire story: one or two quotations, a description for a speaker, an agency
// that quotes someone. Every sentence here is invented.

describe("an agency that quotes someone", () => {
  it("'<agency> quotes <name> as saying' credits the one quoted", () => {
    const text = '"All trains will stop at Dorn," the Varn news agency Harbourwire quotes rail director Ilse Marek as saying.';
    const ms = [mention(text, "Harbourwire", "harbourwire", "organization"), mention(text, "Ilse Marek", "ilse-marek", "person")];
    expect(quotes(text, ms)[0]!.speaker).toBe("ilse-marek");
  });
});

describe("a possessor's lawyer named after the verb", () => {
  it("'said <name>'s lawyer, <name>.' credits the lawyer, with no full stop in the name", () => {
    const text = 'Piet Dorn was jailed on Monday.\n\n"We will appeal," said Dorn\'s lawyer, Ana Velez.\n\n"The sentence is far too long."';
    const ms = [mention(text, "Piet Dorn", "piet-dorn", "person"), mention(text, "Dorn", "piet-dorn", "person", 30), mention(text, "Ana Velez", "ana-velez", "person")];
    const rows = quotes(text, ms);
    expect(rows.map((q) => q.speaker)).toEqual(["ana-velez", "ana-velez"]);
    expect(rows[0]!.speaker_text).toBe("Ana Velez");
  });
});

describe("unnamed brokers", () => {
  it("'said a <town> broker' is nobody by name, not the company the paragraph before reports", () => {
    const text = 'Tellco Mining Ltd said on Monday it had received an offer.\n\n"They will take over the rest soon," said a Dorn broker.';
    const ms = [mention(text, "Tellco Mining Ltd", "tellco", "organization"), mention(text, "Dorn", "dorn", "place", 60)];
    const [q] = quotes(text, ms);
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "a Dorn broker"]);
  });
});

describe("a town is no body that speaks", () => {
  it("'a police official in <town>' is where the official is: nobody by name", () => {
    const text = '"The two boys have been found," a police official in Varnby said.';
    expect(quotes(text, [mention(text, "Varnby", "varnby", "place")])[0]!.speaker).toBeNull();
  });

  it("'a <town> police official' speaks for the police, not the town", () => {
    const text = '"There is no trace of them," a Varnby police official told reporters.';
    expect(quotes(text, [mention(text, "Varnby", "varnby", "place")])[0]!.speaker).toBeNull();
  });

  it("an office word right after a body's name still credits it ('a Tellco official')", () => {
    const text = '"Talks go on," a Tellco official said.';
    expect(quotes(text, [mention(text, "Tellco", "tellco", "organization")])[0]!.speaker).toBe("tellco");
  });
});

describe("a name's 'of' complement", () => {
  const text = 'Miners at Orra Deep stayed away, managers Tellco of Varn Ltd said.\n\n"Talks with the union go on," the company said.';
  const ms = () => [
    mention(text, "Orra Deep", "orra-deep", "organization"),
    mention(text, "Tellco", "tellco", "organization"),
    mention(text, "Varn Ltd", "varn-ltd", "organization"),
  ];

  it("'the company' after 'Tellco of Varn Ltd' is Tellco, not the complement the tagger split off", () => {
    expect(quotes(text, ms())[0]!.speaker).toBe("tellco");
  });
});

describe("a speaker described by nationality", () => {
  it("'The Briton, who …, said:' is the person the story is about", () => {
    const text = 'Former champion Rob Tarn has quit the ring, a paper said.\n\nA doctor told Tarn he could lose an eye.\n\nThe Briton, who lost his title to Ivo Penn in May, said: "I was in shock."';
    const ms = [mention(text, "Rob Tarn", "rob-tarn", "person"), mention(text, "Tarn", "rob-tarn", "person", 70), mention(text, "Ivo Penn", "ivo-penn", "person")];
    expect(quotes(text, ms)[0]!.speaker).toBe("rob-tarn");
  });

  it("a trade is not read so: 'the scientist' after 'a scientist' is the unnamed scientist", () => {
    const text = 'Chief Ode brought home a skull.\n\nA scientist who examined it said it was a woman\'s.\n\n"It is not the king," the scientist said.';
    expect(quotes(text, [mention(text, "Ode", "ode", "person")])[0]!.speaker).toBeNull();
  });

  it("'the French' is a nation, not one person", () => {
    const text = 'Ann Ode spoke first.\n\n"We want more time," the French said.';
    expect(quotes(text, [mention(text, "Ann Ode", "ann-ode", "person")])[0]!.speaker).not.toBe("ann-ode");
  });
});

describe("a quotation whose span opens on a name and a relative clause", () => {
  it("is the speaker's when it hands over to the attribution with a comma", () => {
    const text = '"Mr Ivo Penn, who is here on a private visit, was received by the king," the source said.';
    expect(quotes(text).map((q) => q.text)).toEqual(["Mr Ivo Penn, who is here on a private visit, was received by the king,"]);
  });
});

describe("a stray full stop between paragraphs", () => {
  it("does not break a quotation paragraph from the attributed one before it", () => {
    const text = '"He has grown up a lot," coach Ada Lind told reporters.\n\n.\n\n"We could not pick the injured men."';
    const ms = [mention(text, "Ada Lind", "ada-lind", "person")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["ada-lind", "ada-lind"]);
  });

  it("a closing mark's line and a paragraph of narration still break it", () => {
    const text = '"We lost money," said Ada Lind.\n\nRui Brand, an analyst, said the firm changed course.\n\n"Risk is priced differently now."';
    const ms = [mention(text, "Ada Lind", "ada-lind", "person"), mention(text, "Rui Brand", "rui-brand", "person")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["ada-lind", "rui-brand"]);
  });
});
