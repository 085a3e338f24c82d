import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A sentence with a player's position opening it ("Striker X …") or a player scoring ("scored twice")
// is about a game: a club "attacking" in it plays, no force is used. Sentences written for these tests.

describe("a sentence about a game", () => {
  it("codes no attack", () => {
    expect(triples("Striker {Jonas Velde/person} scored twice as {Tollbridge Rovers/organization} attacked from the start.")).toEqual([]);
    expect(triples("{Tollbridge Rovers/organization} attacked from the start and {Ilan Moro/person} scored twice.")).toEqual([]);
  });

  it("while a report of fighting stays an attack", () => {
    expect(triples("{Norland} attacked {Estovia} from the start of the year.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});
