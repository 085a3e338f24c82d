import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// A demonym in the object slot of an act done to someone names the state acted on.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const withState = (text: string, name: string, iso: string) => withCountry(marked(text), name, iso);

describe("a demonym before the object's noun", () => {
  it("is the target of an attack, a seizure, a threat or an airspace closure", () => {
    expect(run(withState("{Norland} shelled Armenian villages on Sunday.", "Armenia", "ARM"))).toEqual([["ASSAULT", "norland", "armenia"]]);
    expect(run(withState("{Norland} seized a British tanker in the strait.", "Britain", "GBR"))).toEqual([["COERCE", "norland", "britain"]]);
    expect(run(withState("{Norland} threatened to strike Iranian nuclear sites.", "Iran", "IRN"))).toEqual([["THREATEN", "norland", "iran"]]);
    expect(run(withState("{Norland} struck a Russian oil depot overnight.", "Russia", "RUS"))).toEqual([["ASSAULT", "norland", "russia"]]);
    expect(run(withState("{Norland}'s attack on Armenian positions killed two soldiers.", "Armenia", "ARM"))[0]).toEqual(["ASSAULT", "norland", "armenia"]);
  });

  it("not when it names private persons, the thing sent, or a state that is no actor", () => {
    expect(run(withState("{Norland} arrested three Greek fishermen.", "Greece", "GRC"))).toEqual([["COERCE", "norland", null]]);
    expect(run(withState("{Norland} sent Swedish rifles to {Sudovia}.", "Sweden", "SWE"))).toEqual([["AID", "norland", "sudovia"]]);
    expect(run(marked("{Norland} shelled Armenian villages on Sunday."))).toEqual([["ASSAULT", "norland", null]]);
  });
});
