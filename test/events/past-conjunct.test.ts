import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "warned X against further moves and moved warships": a past verb after "and" is told as done;
// plan words before the "and" belong to the first conjunct. Sentences written for these tests.

const modes = (s: string) => eventsIn(s).map((e) => [e.type, e.mode]);

describe("a past verb coordinated after 'and'", () => {
  it("is no plan", () => {
    expect(modes("{Norland} warned {Estovia} against further moves and moved warships into the Gulf.")).toEqual([
      ["ACCUSE", "warning"],
      ["MOBILIZE", "troops moved"],
    ]);
  });

  it("a bare verb after a modal keeps the plan", () => {
    expect(modes("{Norland} plans to meet {Estovia} officials and sign a pact.").every(([, m]) => /planned/.test(m!))).toBe(true);
  });
});
