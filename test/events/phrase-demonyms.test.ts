import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// A demonym in the trigger's own target phrase ("from …", "to …") names the state acted on or left.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const withState = (text: string, name: string, iso: string) => withCountry(marked(text), name, iso);

describe("a demonym after the trigger's target preposition", () => {
  it("is the target of a withdrawal or a closure", () => {
    expect(run(withState("{Norland} withdrew its troops from the Armenian border.", "Armenia", "ARM"))).toEqual([["RETREAT", "norland", "armenia"]]);
    expect(run(withState("{Norland} closed its airspace to Armenian flights.", "Armenia", "ARM"))).toEqual([["SANCTION", "norland", "armenia"]]);
  });

  it("not past a clause break, before a private person, or for a state that is no actor", () => {
    expect(run(withState("{Norland} withdrew its troops, and the Armenian army moved in.", "Armenia", "ARM"))).toEqual([["RETREAT", "norland", null]]);
    expect(run(marked("{Norland} closed its airspace to Armenian flights."))).toEqual([["SANCTION", "norland", null]]);
  });
});
