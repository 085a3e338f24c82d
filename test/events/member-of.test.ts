import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "Party leader X of the Y Party demanded …": the person heads the subject. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("an office holder named with the body they belong to", () => {
  it("is the subject, not the body", () => {
    expect(run(marked("Opposition leader {Ana Vell/person} of the {Norland Freedom Party/organization} criticised {Estovia}."))).toEqual([
      ["ACCUSE", "ana-vell", "estovia"],
    ]);
  });

  it("without an office, the body stays the actor", () => {
    expect(run(marked("{Ana Vell/person} of the {Norland Freedom Party/organization} criticised {Estovia}."))).toEqual([
      ["ACCUSE", "norland-freedom-party", "estovia"],
    ]);
  });
});
