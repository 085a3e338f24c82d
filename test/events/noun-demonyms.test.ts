import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// A demonym before an attack noun, or a speech act's noun, names its agent, as a possessor does. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const withState = (text: string, name: string, iso: string) => withCountry(marked(text), name, iso);

describe("a demonym before an attack noun", () => {
  it("is the attack's agent, with or without an article or a modifier of its means", () => {
    expect(run(withState("A Russian attack on {Norland} killed three people.", "Russia", "RUS"))).toEqual([["ASSAULT", "russia", "norland"]]);
    expect(run(withState("Russian shelling of {Norland} continued on Monday.", "Russia", "RUS"))).toEqual([["ASSAULT", "russia", "norland"]]);
    expect(run(withState("The Russian shelling of {Norland} continued on Monday.", "Russia", "RUS"))).toEqual([["ASSAULT", "russia", "norland"]]);
    expect(run(withState("Israeli air strikes hit three villages in {Norland} overnight.", "Israel", "ISR")).map((e) => e[1])).toEqual(["israel"]);
  });

  it("not when the state is no actor", () => {
    expect(run(marked("A Russian attack on {Norland} killed three people."))).toEqual([]);
  });
});

describe("a demonym before a speech act's noun", () => {
  it("is who spoke", () => {
    expect(run(withState("The statement answered Cuban complaints that {Norland} was breaking the accords.", "Cuba", "CUB"))).toEqual([["ACCUSE", "cuba", "norland"]]);
    expect(run(withState("Peruvian demands for talks with {Norland} went unanswered.", "Peru", "PER"))).toEqual([["REQUEST", "peru", "norland"]]);
  });
});
