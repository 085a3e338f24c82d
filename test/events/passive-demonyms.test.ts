import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// A demonym opening a passive's subject names the state acted on; organs named by a demonym act.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const withState = (text: string, name: string, iso: string) => withCountry(marked(text), name, iso);

describe("a demonym in a passive's subject", () => {
  it("is the target of the act", () => {
    expect(run(withState("A Armenian drone was shot down by {Norland} on Monday.", "Armenia", "ARM"))).toEqual([["ASSAULT", "norland", "armenia"]]);
    expect(run(withState("Three Armenian villages were shelled by {Norland}.", "Armenia", "ARM"))).toEqual([["ASSAULT", "norland", "armenia"]]);
  });

  it("not for private persons, nor a state that is no actor", () => {
    expect(run(withState("Two Armenian fishermen were detained by {Norland}.", "Armenia", "ARM"))).toEqual([["COERCE", "norland", null]]);
    expect(run(marked("Three Armenian villages were shelled by {Norland}."))).toEqual([["ASSAULT", "norland", null]]);
  });
});

describe("coast guards, border guards and air defences named by a demonym", () => {
  it("act for their state", () => {
    expect(run(withState("Armenian coast guards detained two {Norland} sailors.", "Armenia", "ARM"))[0]?.[1]).toBe("armenia");
    expect(run(withState("Armenian border guards fired on {Norland} troops.", "Armenia", "ARM"))[0]?.[1]).toBe("armenia");
  });
});
