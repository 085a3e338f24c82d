import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "between Norland police and Estovian rebels": a state's organ named by the state before its head,
// and a people named as "ethnic", are still the pair of a two-party noun. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("the parties after 'between'", () => {
  it("an organ after its state's name", () => {
    expect(run(marked("Nine people died in clashes between {S:Norland} police and {T:Estovia}n rebels on Sunday."))).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(run(marked("Talks between {S:Norland} officials and {T:Estovia} ended on Monday."))).toEqual([["CONSULT", "norland", "estovia"]]);
  });
  it("a people named as 'ethnic'", () => {
    expect(run(marked("Nine died in clashes between {S:Norland} troops and ethnic {T:Parvians/group} near the border."))).toEqual([["ASSAULT", "norland", "parvians"]]);
  });
  it("a common noun after the first name still ends the pair", () => {
    expect(run(marked("Nine died in clashes between {S:Norland} farmers and {Estovia} on Monday.")).map(([t]) => t)).toEqual([]);
  });
});
