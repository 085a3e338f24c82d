import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// Unnamed groups acting: a people's or a creed's name with none of the usual adjective endings
// ("Kurd rebels", "Hutu militiamen", "Maoist rebels"), a state's or a side's forces, rights groups.
// A few counted ("25 … rebels killed") are persons, not the group acting. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source ?? e.source_text, e.target]);

describe("unnamed groups", () => {
  it("named by a people or creed without an adjective ending", () => {
    expect(run(marked("Kurd rebels attacked a convoy in {Norland} on Monday."))).toEqual([["ASSAULT", "Kurd rebels", "norland"]]);
    expect(run(marked("Maoist rebels attacked an army post in {Norland} on Monday."))).toEqual([["ASSAULT", "Maoist rebels", "norland"]]);
  });

  it("forces and rights groups", () => {
    expect(run(marked("Security forces arrested four men in the north on Monday."))).toEqual([["COERCE", "security forces", null]]);
    expect(run(marked("Human rights groups criticised {Norland} on Monday."))).toEqual([["ACCUSE", "human rights groups", "norland"]]);
  });

  it("not a few counted, who are persons", () => {
    expect(run(marked("{Norland} says 25 Kurd rebels killed in clashes."))).toEqual([["ASSAULT", "norland", null]]);
    expect(run(marked("{Norland} says 25 Kurdish rebels killed in clashes."))).toEqual([["ASSAULT", "norland", null]]);
  });
});
