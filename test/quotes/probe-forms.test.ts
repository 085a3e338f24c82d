import { describe, expect, it } from "vitest";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { quotes, quotesWith } from "./helpers.js";

// Attribution forms found wrong on a probe of invented articles; the sentences are written for these tests.

describe("a speaker named after the verb", () => {
  it("'said <name> of the <lower-case body>' is the name", () => {
    const text = 'Ferry crews in Ostmark walked out on Friday.\n\n"We have waited long enough," said Ilse Varga of the seamen\'s union.';
    const [q] = quotesWith(text, [["Ilse Varga"]]);
    expect(q!.speaker).toBe("ilse-varga");
  });

  it("'said <name> of the <body>.' carries on to the quotation after it", () => {
    const text = '"Storms like this are rare," said Tove Lind of the coastal weather office. "People should stay indoors."';
    const rows = quotesWith(text, [["Tove Lind"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["tove-lind", "tove-lind"]);
  });

  it("'replied his counterpart, <name>.' is the name, not the man 'his' points at", () => {
    const text = '"We came to agree," said Aris Pelok, the northern envoy.\n\n"So did we," replied his counterpart, Omar Teslin.';
    const rows = quotesWith(text, [["Aris Pelok"], ["Omar Teslin"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["aris-pelok", "omar-teslin"]);
  });

  it("'said the paper's editor, <name>.' is the editor", () => {
    const text = 'A reporter held in Vessa was freed on Monday.\n\n"We never lost hope," said the paper\'s editor, Rami Kessouri.';
    const [q] = quotesWith(text, [["Rami Kessouri"]]);
    expect(q!.speaker).toBe("rami-kessouri");
  });
});

describe("a pronoun's sex read from the full name", () => {
  it("'she' continues a woman named by a surname that is also a man's first name", () => {
    const text =
      'Mayor Otto Brandl beat his challenger, Greta Dale, on Tuesday. "We won," Brandl said.\n\nDale conceded on Wednesday. "I wish him well," she said.';
    const rows = quotesWith(text, [["Otto Brandl", "Brandl"], ["Greta Dale", "Dale"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["otto-brandl", "greta-dale"]);
  });
});

describe("marks around a work's title or a banner's words are no quotation", () => {
  it("'her novel “The <Title>.”' with the full stop inside the marks is a title", () => {
    const text = 'Writer Mira Solk won the Ostmark Prize for her novel "The Lantern Field." "I am stunned," Solk said.';
    const rows = quotesWith(text, [["Mira Solk", "Solk"]]);
    expect(rows.map((r) => r.text)).toEqual(["I am stunned,"]);
  });

  it("'banners reading “…”' is a slogan, while what the crowd said stays a quote", () => {
    const text = 'Dock workers carried banners reading "Fair pay now" through Vessa. "We want our jobs back," said Ivo Karst.';
    const rows = quotesWith(text, [["Ivo Karst"]]);
    expect(rows.map((r) => r.text)).toEqual(["We want our jobs back,"]);
  });

  it("'a sign that read “…”' is a slogan", () => {
    const text = 'A sign that read "Closed for good" hung on the gate of the Varn mill, owner Pia Lund said.';
    expect(quotesWith(text, [["Pia Lund"]])).toEqual([]);
  });
});

describe("a quotation of several paragraphs", () => {
  it("open paragraphs before the one that names the speaker are the speaker's", () => {
    const text =
      'Premier Ansel Vry spoke on Sunday.\n\nHe did not take questions.\n\n"Friends, the winter will be hard.\n\n"We have come through hard winters before.\n\n"I ask for your trust," Vry said in the broadcast.';
    const rows = quotesWith(text, [["Ansel Vry", "Vry"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["ansel-vry", "ansel-vry", "ansel-vry"]);
  });

  it("a closed quotation with no speaker does not take the next paragraph's", () => {
    const text = 'The crowd in Vessa sang "Rise up, rise up" all night.\n\n"We will stay," said Ivo Karst.';
    const rows = quotesWith(text, [["Ivo Karst"]]);
    expect(rows.find((r) => r.text === "We will stay,")!.speaker).toBe("ivo-karst");
    expect(rows.filter((r) => r.speaker === "ivo-karst")).toHaveLength(1);
  });
});

describe("words after a work noun", () => {
  it("'the film “offends …”' is what the ministry said, not a title", () => {
    const text = 'Censors in Vessa banned a comedy on Monday. The arts ministry said the film "mocks the faithful."';
    const rows = quotesWith(text);
    expect(rows.map((r) => r.text)).toEqual(["mocks the faithful."]);
  });

  it("'called the book “a …”' is the judges' words", () => {
    const text = 'Writer Mira Solk won the Ostmark Prize. The judges called the book "a rare and patient work."';
    expect(quotesWith(text, [["Mira Solk"]]).map((r) => r.text)).toEqual(["a rare and patient work."]);
  });
});

describe("a body named by its description", () => {
  const place = (text: string, surface: string, id: string): ResolvedMention => {
    const start = text.indexOf(surface);
    return { article: "t", actor: id, start, end: start + surface.length, text: surface, sentence: 0, kind: "place" };
  };
  const placeActor = (id: string, name: string): ActorRow => ({ id, name, kind: "place", aliases: [], country: null, role: null, mentions: 1, articles: 1 });

  it("'the government said' after 'the government of <place>' is that place", () => {
    const text = 'The government of Ostmark rejected a report on its prisons.\n\n"The report is false," the government said.';
    const [q] = quotes(text, [place(text, "Ostmark", "ostmark")], new Map([["ostmark", placeActor("ostmark", "Ostmark")]]));
    expect(q!.speaker).toBe("ostmark");
  });

  it("'the government said' with no government tied to a place stays as written", () => {
    const text = 'Floods hit Ostmark on Monday.\n\n"Help is on the way," the government said.';
    const [q] = quotes(text, [place(text, "Ostmark", "ostmark")], new Map([["ostmark", placeActor("ostmark", "Ostmark")]]));
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "the government"]);
  });

  it("'said the deputy, <name>.' is the name", () => {
    const text = 'A deputy of the ruling party in Vessa quit on Friday.\n\n"I have had enough," said the deputy, Ugo Marrin.';
    const [q] = quotesWith(text, [["Ugo Marrin"]]);
    expect(q!.speaker).toBe("ugo-marrin");
  });
});

describe("an unnamed person described at the sentence's start", () => {
  it("'A nurse who works … told' is the subject, not the relative clause", () => {
    const text = 'A guard who works at the Vessa jail told reporters: "They ran at dawn."';
    const [q] = quotesWith(text);
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "A guard"]);
  });

  it("a later 'she said' means that unnamed person, not the one named before", () => {
    const text =
      '"We are short of staff," said Dr. Ilka Morrow, the hospital director.\n\nA nurse who works in the ward told the Vessa Courier that shifts ran long. "I cannot sleep," she said.';
    const rows = quotesWith(text, [["Ilka Morrow"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["ilka-morrow", null]);
  });
});

describe("a quotation inside a quotation", () => {
  it("'“He said to me, ‘…,’” <name> said' is the speaker's, not narration caught between marks", () => {
    const text = `A man stopped Rosa Ilvane outside her home in Vessa. "He said to me, 'If you talk, you will regret it,'" Ilvane said.`;
    const rows = quotesWith(text, [["Rosa Ilvane", "Ilvane"]]);
    expect(rows.map((r) => [r.text, r.speaker])).toEqual([["He said to me, 'If you talk, you will regret it,'", "rosa-ilvane"]]);
  });

  it("with curly marks too", () => {
    const text = "A man stopped Rosa Ilvane outside her home. “He said to me, ‘Stay quiet,’” Ilvane said.";
    const rows = quotesWith(text, [["Rosa Ilvane", "Ilvane"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["rosa-ilvane"]);
  });
});

describe("a pronoun subject after an adverbial", () => {
  it("'<name> said on Monday he had never called …' is the name's", () => {
    const text = 'Party leader Oskar Vennet said on Monday he had never called farmers "lazy."';
    const [q] = quotesWith(text, [["Oskar Vennet"]]);
    expect(q!.speaker).toBe("oskar-vennet");
  });
});

describe("labels in a list", () => {
  it("a span coordinated with a label is a label too", () => {
    const text = `Crowds hailed the boy, dubbed Vessa's "little hero" and "living symbol," at a rally, organiser Ana Pell said.`;
    expect(quotesWith(text, [["Ana Pell"]])).toEqual([]);
  });

  it("a quotation after a label but not in a list with it stays a quotation", () => {
    const text = `The plan, dubbed "Clean Harbour," was approved. "It is a good start," Ana Pell said.`;
    expect(quotesWith(text, [["Ana Pell"]]).map((r) => r.text)).toEqual(["It is a good start,"]);
  });
});

describe("a noble or royal title as a description", () => {
  it("'the prince said' after 'Prince <name>' is that prince", () => {
    const text = 'The heir of Montavia, Prince Aurel, spoke on Friday.\n\n"My country deserves better," the prince said.';
    const [q] = quotesWith(text, [["Aurel"]]);
    expect(q!.speaker).toBe("aurel");
  });
});
