import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A goal's minute ("in the 88th minute") and the world championships are words of games only:
// with another such word they make the story a match report. Sentences written for these tests.

describe("a match report told by its minutes or championships", () => {
  it("codes no event", () => {
    expect(triples("{Norland} beat {Estovia} 2-1, with the winner in the 88th minute after a goal before half-time. {Estovia}'s manager criticised {Norland}.")).toEqual([]);
    expect(triples("{Norland}'s runners swept the podium at the world championships. {Estovia} lodged a protest against {Norland}.")).toEqual([]);
  });

  it("while one word alone leaves a story political", () => {
    expect(triples("Talks went on until half-time of the session. {Estovia} criticised {Norland}.")).toEqual([["ACCUSE", "estovia", "norland"]]);
  });
});
