import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Joining others in an act is that act done together, not joining a body. Sentences written for these tests.

describe("joined others in an act", () => {
  it("is no support row", () => {
    expect(triples("{Norland} detectives joined {Estovian} police to investigate the theft of a painting.")).toEqual([
      ["ACCUSE", "norland", null],
    ]);
    expect(triples("{Norland} joined {Estovia} in condemning the attack.").filter((r) => r[0] === "SUPPORT")).toEqual([]);
  });

  it("while joining a body, for any purpose, still is", () => {
    expect(triples("{Norland} joined {Atlantic League/organization} to secure its borders.")).toEqual([["SUPPORT", "norland", "atlantic-league"]]);
    expect(triples("{Norland} joined the {Atlantic League/organization} in April.")).toEqual([["SUPPORT", "norland", "atlantic-league"]]);
  });
});
