import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// The speakers a sentence is attributed to ("…, X and Y said") tell of the act; they are not its
// target, and a pair that agreed stays each other's party. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("the sentence's attribution is no target", () => {
  it("keeps a compound subject's mutual act between its two members", () => {
    expect(run(marked("{Norland} and {Estovia} agreed to a ceasefire, {Sudovia} said."))).toEqual([["AGREE", "norland", "estovia"]]);
  });

  it("also when several speakers share the attribution", () => {
    expect(run(marked("{Norland} and {Estovia} agreed on Saturday to a truce, {Sudovia} and {Marovia} said in a joint statement."))).toEqual([
      ["AGREE", "norland", "estovia"],
    ]);
  });
});
