import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X filed a complaint against Y with Z": the one complained against is the target; the body the
// complaint is filed with is only where it went. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a complaint filed against one actor with another", () => {
  it("targets the one complained against", () => {
    expect(run(marked("{Norland} filed a complaint against {Estovia} with the {Ostrel Council/organization}."))).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(run(marked("{Norland} sent a complaint to the {Ostrel Council/organization} against {Estovia}."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("with no one complained against, the addressee", () => {
    expect(run(marked("{Norland} lodged a protest with {Estovia} over the raid."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});
