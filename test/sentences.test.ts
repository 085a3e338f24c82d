import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "../loaders/text/sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on terminal punctuation followed by a capital", () => {
    expect(texts("Japan signed. Russia refused! Why? Nobody knows.")).toEqual(["Japan signed.", "Russia refused!", "Why?", "Nobody knows."]);
  });
  it("keeps titles, initials and U.S. inside the sentence", () => {
    expect(texts("Mr. Varnholm met Dr. Smith and J. Doe in the U.S. Army base. Then he left.")).toEqual([
      "Mr. Varnholm met Dr. Smith and J. Doe in the U.S. Army base.",
      "Then he left.",
    ]);
  });
  it("keeps initials written as one word inside the sentence", () => {
    expect(texts("The order was signed by Judge K.L. Varden on Monday. Profit fell, T.R. Wexley said.")).toEqual([
      "The order was signed by Judge K.L. Varden on Monday.",
      "Profit fell, T.R. Wexley said.",
    ]);
  });
  it("ends a sentence at a closing quotation mark and at every line break", () => {
    expect(texts("“We will help,” he said. “Soon.”\nNext paragraph")).toEqual(["“We will help,” he said.", "“Soon.”", "Next paragraph"]);
  });
  it("opens a sentence at a TeX-style quotation mark, as older wires write them", () => {
    expect(texts("``We will help,'' he said. ``Soon.''")).toEqual(["``We will help,'' he said.", "``Soon.''"]);
  });
  it("gives offsets that index the text and finds the sentence at an offset", () => {
    const t = "  One.  Two.\n\nThree.  ";
    const ss = splitSentences(t);
    expect(ss.map((s) => t.slice(s.start, s.end))).toEqual(["One.", "Two.", "Three."]);
    expect(ss.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(sentenceAt(ss, t.indexOf("Two"))?.index).toBe(1);
    expect(sentenceAt(ss, 0)).toBeUndefined();
  });
});

describe("splitSentences: line breaks after abbreviations", () => {
  it("a blank line after an abbreviation starts a new paragraph and so a new sentence", () => {
    expect(texts("Its unit was sold to Harbour Inc.\n\nMr. Ode said it went well.")).toEqual(["Its unit was sold to Harbour Inc.", "Mr. Ode said it went well."]);
  });
  it("a single line break after a company abbreviation ends the sentence, as every line break does", () => {
    expect(texts("It was sold to Harbour Corp.\nThe price was not given.")).toEqual(["It was sold to Harbour Corp.", "The price was not given."]);
  });
  it("a title or an initial wrapped at a line end stays with its name", () => {
    expect(texts("The bill was backed by Sen.\nAnn Ode and by J.\nLund of Varn.")).toEqual(["The bill was backed by Sen.\nAnn Ode and by J.\nLund of Varn."]);
  });
});

describe("splitSentences: a tokeniser's break inside a sentence", () => {
  it("a break after an abbreviation that a comma or a lower-case word follows does not end the sentence", () => {
    const t = "Ann Ode, an analyst at Harbour & Co.\n\n, said the deal was big.\n\nIt closed at Varn Corp.\n\nsaid Monday.";
    expect(texts(t)).toEqual(["Ann Ode, an analyst at Harbour & Co.\n\n, said the deal was big.", "It closed at Varn Corp.\n\nsaid Monday."]);
  });
});

describe("splitSentences: clergy and service titles", () => {
  it("keeps 'Rev.' and 'Adm.' with the name after them", () => {
    expect(texts("It was sad, said Rev. Ann Ode. Adm. Lin Varga agreed.")).toEqual(["It was sad, said Rev. Ann Ode.", "Adm. Lin Varga agreed."]);
  });
});

describe("splitSentences: an abbreviation that closes a name, then a sentence opener", () => {
  it("ends the sentence at 'Jr.' or 'Inc.' before 'The', 'He', 'A' …", () => {
    expect(texts("The pact was witnessed by President Tomas Vell Jr. The vote follows in May.")).toEqual([
      "The pact was witnessed by President Tomas Vell Jr.",
      "The vote follows in May.",
    ]);
    expect(texts("The plant was sold to Harbour Inc. A rival had bid less.")).toEqual(["The plant was sold to Harbour Inc.", "A rival had bid less."]);
  });
  it("goes on after 'Jr.' before a verb or a name", () => {
    expect(texts("Tomas Vell Jr. was born in Lindholm. He met Ana Ode Jr. on Monday.")).toEqual(["Tomas Vell Jr. was born in Lindholm.", "He met Ana Ode Jr. on Monday."]);
  });
});
