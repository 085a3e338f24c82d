import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A firm's plant, factory or mine visited is a site, not a host: the firm is no counterpart of a
// visit. Sentences written for these tests.

describe("a firm's site visited", () => {
  it("is no visit to the firm", () => {
    expect(triples("{Norland}'s prime minister visited the {Dane Motors/organization} plant in Orm on Monday.").filter((r) => r[2] === "dane-motors")).toEqual([]);
    expect(triples("{Ilse Varg/person} visited the {Krag Metals/organization} copper mine on Friday.").filter((r) => r[2] === "krag-metals")).toEqual([]);
  });

  it("while a body's headquarters, or a state, is visited as its host", () => {
    expect(triples("{Ilse Varg/person} visited {Estovia} on Friday.")).toEqual([["CONSULT", "ilse-varg", "estovia"]]);
    expect(triples("{Ilse Varg/person} visited the {NATO/organization} headquarters on Friday.")).toEqual([["CONSULT", "ilse-varg", "nato"]]);
  });
});
