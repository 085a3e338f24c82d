import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "warned that failure could lead to war": force foretold as a consequence or a danger is no threat.
// Sentences written for these tests.

const rows = (s: string) => eventsIn(s).map((e) => [e.type, e.source, e.target]);

describe("force foretold in a warning", () => {
  it("said to no one is no act", () => {
    expect(rows("{Ivo Tamm/person} said he hoped to find a solution, and warned that failure could lead to war.")).toEqual([]);
    expect(rows("{Norland} warned of the danger of a new war in the region.")).toEqual([]);
  });

  it("said to an actor is a warning to it", () => {
    expect(rows("{Norland} warned {Estovia} that its policy could lead to war.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("a threat of force stays a threat", () => {
    expect(rows("{Norland} warned {Estovia} that the threat of force was real.")).toEqual([["THREATEN", "norland", "estovia"]]);
    expect(rows("{Norland} warned {Estovia} of war.")).toEqual([["THREATEN", "norland", "estovia"]]);
  });
});

describe("force foretold as the outcome of an actor's act", () => {
  it("threatens that actor", () => {
    expect(rows("{Norland} has warned that {Estovia} warships in the strait would trigger confrontation.").map((r) => r[0])).toEqual(["THREATEN"]);
  });
});
