import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// A parenthetical set off by commas between the subject's head noun and its verb.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const withState = (text: string, name: string, iso: string) => withCountry(marked(text), name, iso);

describe("a parenthetical after the subject's head noun", () => {
  it("leaves the demonym's state the subject", () => {
    expect(run(withState("Russian troops, backed by heavy artillery, attacked {Norland} on Sunday.", "Russia", "RUS"))).toEqual([["ASSAULT", "russia", "norland"]]);
    expect(run(withState("Greek officials, speaking on condition of anonymity, accused {Norland} of lying.", "Greece", "GRC"))).toEqual([["ACCUSE", "greece", "norland"]]);
    expect(run(marked("{Norland}'s border guards, meanwhile, detained two {Sudovia}n officials.")).map((e) => e[1])).toEqual(["norland"]);
  });

  it("not past a second clause or a list of commas", () => {
    expect(run(withState("Near Russian positions, local militias, armed with rifles, attacked {Norland}.", "Russia", "RUS")).map((e) => e[1])).not.toContain("russia");
  });
});
