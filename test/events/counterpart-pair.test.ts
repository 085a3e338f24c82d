import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "talks between X and his Estovian counterpart Y": the counterpart named with or without a
// comma is the second party of the pair; a title of several words may stand before the first
// name. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a counterpart coordinated after 'between'", () => {
  it("is the other party, without a comma before the name", () => {
    expect(run(marked("The appeal was made on Sunday during talks between {Ivo Tamm/person} and his Estovian counterpart {Lena Varga/person}."))).toEqual([["CONSULT", "ivo-tamm", "lena-varga"]]);
    expect(run(marked("Talks between {Ivo Tamm/person} and his Estovian counterpart {Lena Varga/person} ended on Sunday."))).toEqual([["CONSULT", "ivo-tamm", "lena-varga"]]);
  });

  it("after a long title before the first name", () => {
    expect(run(marked("Talks between Estovian First Deputy Foreign Minister {Ivo Tamm/person} and his Sudovian counterpart {Lena Varga/person} ended on Sunday."))).toEqual([["CONSULT", "ivo-tamm", "lena-varga"]]);
  });

  it("past the demonym the counterpart noun carries", () => {
    expect(run(marked("Talks between {Ivo Tamm/person} and his {Estovian} counterpart {Lena Varga/person} ended on Sunday."))).toEqual([["CONSULT", "ivo-tamm", "lena-varga"]]);
  });

  it("a person titled with a lower-case rank before the office", () => {
    expect(run(marked("Talks between {Norlandic} deputy Foreign Minister {Ivo Tamm/person} and {Estovian} Foreign Minister {Lena Varga/person} ended on Sunday."))).toEqual([["CONSULT", "ivo-tamm", "lena-varga"]]);
  });

  it("and with one", () => {
    expect(run(marked("Talks between {Ivo Tamm/person} and his Estovian counterpart, {Lena Varga/person}, ended on Sunday."))).toEqual([["CONSULT", "ivo-tamm", "lena-varga"]]);
  });
});
