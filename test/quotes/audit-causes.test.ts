import { describe, expect, it } from "vitest";
import { quotes, quotesWith } from "./helpers.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";

// General causes of wrong or missing speakers, found by reading every quotation row of an outside
// sample of wire news and by probes of invented articles; each test is an invented article.

describe("a group named by a common noun is no antecedent of 'he'", () => {
  for (const group of ["Officials", "Fans", "Witnesses"]) {
    it(`"${group} said …" between a named person and "he said"`, () => {
      const text = `Otto Prell, the coach, was sacked on Monday.\n\n${group} said the club would name a successor soon.\n\n"I gave everything to this club," he said.`;
      expect(quotesWith(text, [["Otto Prell", "Prell"]]).map((q) => q.speaker)).toEqual(["otto-prell"]);
    });
  }

  it("a surname written alone at a sentence's opening still reads as a person", () => {
    const text = 'Otto Prell and Rui Vick met on Monday.\n\nVick said the talks went well.\n\n"We agreed on most things," he said.';
    expect(quotesWith(text, [["Otto Prell", "Prell"]]).map((q) => q.speaker_text)).toEqual(["Vick"]);
  });
});
