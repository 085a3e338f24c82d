import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X decided to say that Y lied and to impose sanctions on Z": the infinitive after "and"
// continues the earlier one across the "that" clause between them, so its subject is X, not
// the reported clause's subject. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("an infinitive coordinated across a 'that' clause", () => {
  it("takes the earlier infinitive's subject", () => {
    expect(run(marked("{Norland} decided to say that {Estovia} had lied and to impose sanctions on {Sudovia}."))).toEqual([["SANCTION", "norland", "sudovia"]]);
    expect(run(marked("The refusal prompted {Norland} to argue that {Estovia} broke the accord and to propose sanctions against {Sudovia}."))).toEqual([["SANCTION", "norland", "sudovia"]]);
  });

  it("leaves a plain coordinated infinitive as it was", () => {
    expect(run(marked("{Norland} plans to meet {Estovia} and to sanction {Sudovia}."))).toEqual([
      ["AGREE", "norland", "estovia"],
      ["SANCTION", "norland", "sudovia"],
    ]);
  });
});
