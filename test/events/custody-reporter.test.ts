import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// An agentless arrest that a state's organ reports is that state's act. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a custody act with no agent, reported by a state's organ", () => {
  it("is that state's", () => {
    expect(run(marked("{Ana Vell/person} was arrested on Monday, police in {Norland} said."))).toEqual([["COERCE", "norland", "ana-vell"]]);
    expect(run(marked("Two organisers were detained overnight, {Norlandic} police said."))).toEqual([["COERCE", "norlandic", null]]);
  });

  it("also when the organ opens the sentence as the reporter of the act's clause", () => {
    expect(run(marked("{Norlandic} police said {Ana Vell/person} was arrested on Monday."))).toEqual([["COERCE", "norlandic", "ana-vell"]]);
    expect(run(marked("Police in {Norland} said on Monday that two organisers had been detained."))).toEqual([["COERCE", "norland", null]]);
    expect(run(marked("The {Norlandic} authorities said {Ana Vell/person} had been detained."))).toEqual([["COERCE", "norlandic", "ana-vell"]]);
    // Not a relative clause inside what they said, nor a killing.
    expect(run(marked("{Norlandic} police said the organisers, who were arrested on Monday, had confessed."))).toEqual([]);
    expect(run(marked("{Norlandic} police said two men were killed on Monday."))).toEqual([]);
  });

  it("a bare organ's arrest of people no row names: the guide's null target", () => {
    const text = "{Norlandic} police detained {Ana Vell/person} on Sunday.\n\nTwo organisers were arrested on Monday, police said.";
    expect(run(marked(text))).toEqual([["COERCE", "norlandic", "ana-vell"], ["COERCE", "norlandic", null]]);
    // Not any coercion told of no actor: who raided a depot the police report is not said.
    const raided = "{Norlandic} police detained {Ana Vell/person} on Sunday.\n\nThe depot was raided on Monday, police said.";
    expect(run(marked(raided))).toEqual([["COERCE", "norlandic", "ana-vell"]]);
  });

  it("a criminal charge or an indictment the same way", () => {
    expect(run(marked("{Ana Vell/person} was charged with treason on Monday, {Norlandic} prosecutors said."))).toEqual([["ACCUSE", "norlandic", "ana-vell"]]);
    expect(run(marked("Prosecutors in {Norland} said {Ana Vell/person} had been indicted."))).toEqual([["ACCUSE", "norland", "ana-vell"]]);
    expect(run(marked("{Ana Vell/person} was charged with treason on Monday, her lawyer said."))).toEqual([]);
  });

  it("not a killing, and not a report by anyone else", () => {
    expect(run(marked("Two men were killed on Monday, police in {Norland} said."))).toEqual([]);
    expect(run(marked("Two men were arrested on Monday, the {Norlandic} newspaper Harbour Post reported."))).toEqual([]);
  });
});
