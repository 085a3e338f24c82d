import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A protest addressed to someone or put in writing is a complaint (ACCUSE); a crowd's protest in
// the street stays PROTEST. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a protest addressed to someone", () => {
  it("protested to a state is a complaint", () => {
    expect(run(marked("{S:Norland} protested to {T:Estovia} over the border incident.")).map(([t]) => t)).toEqual(["ACCUSE"]);
  });
  it("a protest in an open letter to a leader is a complaint to that leader", () => {
    expect(run(marked("{S:Varn Press Union/organization} protested in an open letter to {T:Karl Vemmer/person} over the detention of two editors."))).toEqual([["ACCUSE", "varn-press-union", "karl-vemmer"]]);
  });
  it("a crowd's protest against a law, or one to press a demand, stays a protest", () => {
    expect(run(marked("Thousands of students protested against {T:Norland}'s new law.")).map(([t]) => t)).toEqual(["PROTEST"]);
    expect(run(marked("{S:Estovian} farmers protested outside the ministry on Monday.")).map(([t]) => t)).toEqual(["PROTEST"]);
  });
});
