import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// A pronoun right before the verb is that verb's subject ("the soldiers it had detained").
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a pronoun subject in a relative clause with no 'that'", () => {
  it("is not the state named in the object before it", () => {
    const m = withCountry(marked("{Norland} released the two Peruvian soldiers it had detained in May."), "Peru", "PER");
    expect(run(m).map((e) => e[1])).not.toContain("peru");
  });

  it("'it' is the state that opens the sentence as its subject", () => {
    expect(run(marked("{Norland} returned the fishing boat it seized last year."))).toEqual([["COERCE", "norland", null]]);
    const m = withCountry(marked("{Norland} released the two Peruvian soldiers it had detained in May."), "Peru", "PER");
    expect(run(m)).toContainEqual(["COERCE", "norland", null]);
  });
});
