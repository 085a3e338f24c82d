import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "He's expected to meet X": a pronoun with a contracted auxiliary is the verb's subject as
// "He is" is, and refers back to the person named before. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a subject pronoun with a contracted auxiliary", () => {
  it("opening a sentence, is the person named before", () => {
    expect(run(marked("{Ivo Tamm/person} flew to the capital on Sunday. He's expected to meet {Lena Varga/person} later today."))).toEqual([["AGREE", "ivo-tamm", "lena-varga"]]);
    expect(run(marked("{Ivo Tamm/person} flew to the capital on Sunday. He'll meet {Lena Varga/person} on Monday."))).toEqual([["AGREE", "ivo-tamm", "lena-varga"]]);
  });

  it("meeting a person titled with a lower-case office of several words", () => {
    expect(run(marked("{Ivo Tamm/person} flew to the capital on Sunday. He's expected to meet {Estovian} deputy prime minister {Lena Varga/person} later today."))).toEqual([["AGREE", "ivo-tamm", "lena-varga"]]);
  });

  it("as 'He is' already was", () => {
    expect(run(marked("{Ivo Tamm/person} flew to the capital on Sunday. He is expected to meet {Lena Varga/person} later today."))).toEqual([["AGREE", "ivo-tamm", "lena-varga"]]);
  });
});
