import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A gerund after a preposition names an act as a topic, also with a possessive subject or a
// negation between ("on (X's) not accepting", "about his sending"). Sentences written for these tests.

describe("a gerund after a preposition and a possessive", () => {
  it("tells no act", () => {
    expect(triples("A {Norland} paper described the stance on ({Ivo Tamm/person}'s) never accepting payments from {Estovia}.")).toEqual([]);
    expect(triples("Officials of {Norland} were silent on {Ivo Tamm/person}'s not accepting gifts from {Estovia}.")).toEqual([]);
  });

  it("while a finite verb still tells one", () => {
    expect(triples("{Ivo Tamm/person} accepted an offer from {Estovia}.").length).toBe(1);
  });
});
