import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A scoreline after a verb of winning, a scoreline's result, a player scoring twice and the
// table's top or bottom are words of games: two of them make a match report. Sentences written
// for these tests.

describe("a match report told by its scorelines", () => {
  it("codes no attack by a national side", () => {
    expect(triples("{Norland} thrashed {Estovia} 4-0 on Tuesday, with Ivo Tamm scoring twice. {Estovia}'s defence collapsed as {Norland} attacked down both wings.")).toEqual([]);
    expect(triples("A 3-0 home defeat left Kelby Town bottom of the table. Chairman {Ivo Tamm/person} thanked {Lia Brandt/person} for her work.")).toEqual([]);
  });

  it("while one scoreline alone does not make a story a match report", () => {
    expect(triples("The council voted 7-2 on Monday. {Norland} attacked {Estovia} on Tuesday.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});
