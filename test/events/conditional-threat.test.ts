import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X said it would strike Y unless …": a harmful act a side announces under a condition is a
// threat, not an act that took place and not one dropped as hypothetical. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.mode]);

describe("a harmful act announced under a condition", () => {
  it("is a threat", () => {
    expect(run(marked("{Norland} said it would strike {Estovia} unless it withdrew its troops."))).toEqual([["THREATEN", "norland", "estovia", "threat (conditional)"]]);
    expect(run(marked("{Norland} moved warships into the gulf and said it would attack {Estovia} if the inspectors were kept out."))).toEqual([
      ["MOBILIZE", "norland", null, "troops moved"],
      ["THREATEN", "norland", "estovia", "threat (conditional)"],
    ]);
  });

  it("with the side named and a day after the report verb", () => {
    expect(run(marked("The envoy said on Tuesday that {Norland} would retaliate against {Estovia} if it raised its tariffs."))).toEqual([["THREATEN", "norland", "estovia", "threat (conditional)"]]);
  });

  it("stays hypothetical without an announcement, with the condition first, or for a friendly act", () => {
    expect(run(marked("{Norland} would strike {Estovia} if it attacked."))).toEqual([]);
    expect(run(marked("If talks fail, {Norland} said it would strike {Estovia}."))).toEqual([]);
    expect(run(marked("{Norland} said it would meet {Estovia} if asked."))).toEqual([]);
  });
});
