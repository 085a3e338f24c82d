import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A relative clause set off by commas between a name and its main verb: the relative's own act
// keeps its tense, and a name inside it is not the subject of the main clause's infinitive.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a closed relative before an infinitive", () => {
  it("leaves the main clause's subject to its antecedent", () => {
    expect(run(marked("{Ivo Tamm/person}, who visited {Estovia} last spring, is due to meet {Lars Berg/person}."))).toEqual([
      ["CONSULT", "ivo-tamm", "estovia"],
      ["AGREE", "ivo-tamm", "lars-berg"],
    ]);
    expect(run(marked("{Ivo Tamm/person}, who criticised {Estovia}, wants to meet {Lars Berg/person}."))).toEqual([
      ["ACCUSE", "ivo-tamm", "estovia"],
      ["AGREE", "ivo-tamm", "lars-berg"],
    ]);
  });

  it("tells a held act, not a planned one", () => {
    const modes = (s: string) => { const m = marked(s); return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => e.mode); };
    expect(modes("{Ivo Tamm/person}, who last visited {Estovia} in the spring, is expected to meet {Lars Berg/person}.")[0]).toBe("visit");
  });

  it("still plans talks a relative on them says are expected", () => {
    expect(run(marked("{Norland} will hold talks with {Estovia}, which are expected on Monday."))).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
