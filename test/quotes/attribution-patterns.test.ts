import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";
import { quotesWith } from "./helpers.js";

// Attribution patterns of wire copy, in sentences written for these tests.

describe("speaker after the verb", () => {
  it("a role and a name after 'said'", () => {
    const [q] = quotesWith('"The bridge will open in May," said regional transport director Hanna Leitner.', [["Hanna Leitner"]]);
    expect([q!.speaker, q!.speaker_text]).toEqual(["hanna-leitner", "Hanna Leitner"]);
  });

  it("an article and an adjective before the name, and words after it", () => {
    const [q] = quotesWith('"I never doubted it," said a smiling Tomas Brandt after the vote.', [["Tomas Brandt"]]);
    expect(q!.speaker).toBe("tomas-brandt");
  });

  it("'told Reuters' after an apposition: the teller is the subject, not the one told", () => {
    const text = '"We will not sign," Carla Mendes, the union\'s negotiator, told Reuters.';
    const [q] = quotesWith(text, [["Carla Mendes"]]);
    expect(q!.speaker).toBe("carla-mendes");
  });

  it("an abbreviation in brackets between the subject and the verb", () => {
    const [q] = quotesWith('"The count is fair," the Varnholm Growers Union (VGU) said in a statement.');
    expect(q!.speaker_text).toBe("the Varnholm Growers Union");
  });
});

describe("pronoun and surname speakers", () => {
  it("'she said' is the nearest person named before", () => {
    const qs = quotesWith('Mayor Ilse Berger opened the bridge on Sunday.\n\n"It took nine years," she said.', [["Ilse Berger"]]);
    expect(qs[0]!.speaker).toBe("ilse-berger");
  });

  it("'he said' with nobody named before is kept as written", () => {
    const [q] = quotesWith('"It took nine years," he said.');
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "he"]);
  });

  it("'his statement said' is the statement of the person last named", () => {
    const qs = quotesWith('Governor Paul Aske resigned on Friday.\n\n"I leave with pride," his statement said.', [["Paul Aske"]]);
    expect(qs[0]!.speaker).toBe("paul-aske");
  });

  it("a bare surname the actors stage left alone is the person of that surname named earlier", () => {
    const text = 'Trade Minister Rosa Delgado met the exporters.\n\n"Prices are stable," Delgado said.';
    const actors = new Map<string, ActorRow>([["rosa-delgado", { id: "rosa-delgado", name: "Rosa Delgado", kind: "person", aliases: [], country: null, role: null, mentions: 1, articles: 1 }]]);
    const at = text.indexOf("Rosa Delgado");
    const mentions: ResolvedMention[] = [{ article: "t", actor: "rosa-delgado", start: at, end: at + 12, text: "Rosa Delgado", sentence: 0, kind: "person" }];
    const [q] = extractQuotes(doc(text), mentions, actors);
    expect([q!.speaker, q!.speaker_text]).toEqual(["rosa-delgado", "Delgado"]);
  });
});

describe("split quotes and paragraphs", () => {
  it('"A," he said, "B." gives both halves the same speaker', () => {
    const qs = quotesWith('"We came early," Anna Kowal said, "and we will stay late."', [["Anna Kowal"]]);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ["We came early,", "anna-kowal"],
      ["and we will stay late.", "anna-kowal"],
    ]);
  });

  it("a quote paragraph after a narrative paragraph is the words of the person that paragraph opens with", () => {
    const text = '"The harbour is closed," Jonas Pihl said.\n\nMaria Lund has sailed here for forty years.\n\n"I have never seen it so quiet."';
    const qs = quotesWith(text, [["Jonas Pihl"], ["Maria Lund"]]);
    expect(qs.map((q) => q.speaker)).toEqual(["jonas-pihl", "maria-lund"]);
  });
});

describe("a naming verb with a speaker before it and its object fronted", () => {
  it("is someone's words", () => {
    const [q] = quotesWith('The vote came a day after the ruling, which Ana Ruiz called "a wake-up call for the region."', [["Ana Ruiz"]]);
    expect([q?.speaker, q?.text]).toEqual(["ana-ruiz", "a wake-up call for the region."]);
  });

  it("but a thing called by a name is no quotation", () => {
    expect(quotesWith('The navy commissioned a frigate called "Resolute" last year, Ana Ruiz said.', [["Ana Ruiz"]])).toEqual([]);
  });
});

describe("labels, titles and scare quotes are not quotations", () => {
  it("a so-called term", () => {
    expect(quotesWith('The council backed the so-called "green corridor" plan, Mayor Ana Ruiz said.', [["Ana Ruiz"]])).toEqual([]);
  });

  it("a book or film title inside the reporter's sentence", () => {
    expect(quotesWith('She is best known for her novel "The Quiet Harbour" and two plays.')).toEqual([]);
    expect(quotesWith('He wrote "Letters from Lyon", a memoir of the war.')).toEqual([]);
  });

  it("a capitalised quotation that opens its sentence is still a quotation", () => {
    const [q] = quotesWith('"Everyone Must Leave Now," Mayor Ana Ruiz said.', [["Ana Ruiz"]]);
    expect([q!.text, q!.speaker]).toEqual(["Everyone Must Leave Now,", "ana-ruiz"]);
    const [r] = quotesWith('Mayor Ana Ruiz said: "Everyone Must Leave"', [["Ana Ruiz"]]);
    expect(r!.speaker).toBe("ana-ruiz");
  });
});

describe("a fronted speech participle", () => {
  it("'Saying \"…\", X left' credits the main clause's subject named after the comma", () => {
    const rows = quotesWith(
      'Marta Kowal chaired the vote.\n\nWarning "the border will stay closed until spring", Jonas Berg ended the session early.',
      [["Marta Kowal"], ["Jonas Berg"]],
    );
    expect(rows.map((r) => [r.text, r.speaker])).toEqual([["the border will stay closed until spring", "jonas-berg"]]);
  });

  it("a lower-case participle inside the sentence is not fronted", () => {
    const rows = quotesWith('Marta Kowal said on Monday, warning "the border will stay closed", that Jonas Berg agreed.', [["Marta Kowal"], ["Jonas Berg"]]);
    expect(rows.map((r) => r.speaker)).toEqual(["marta-kowal"]);
  });
});
