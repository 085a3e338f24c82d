import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// "X and Y are expected to sign": the infinitive's subject is the pair, as a finite verb's is.
// Sentences written for these tests.

const run = (s: string) => {
  const m = marked(s);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.mode]);
};

describe("a pair as an infinitive's subject", () => {
  it("gives both sides of a two-party act", () => {
    expect(run("{Norland} and {Estovia} are expected to sign the accord next week.")).toEqual([["AGREE", "norland", "estovia", "signed agreement (planned)"]]);
  });

  it("and a partner of a one-sided act", () => {
    expect(run("{Norland} and {Estovia} are expected to attack {Sudovia} soon.").map((r) => [r[1], r[2], r[3]])).toEqual([["norland", "sudovia", "attack (proposed), with Estovia"]]);
  });
});
