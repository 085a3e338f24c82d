import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// A crowd's protest: marching, rallying, going on strike. The crowd is unnamed (source null, its
// words in source_text); the same verbs said of troops or markets are no protest. Sentences
// written for these tests.
const events = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).filter((e) => e.type === "PROTEST").map((e) => [e.type, e.source, e.source_text ?? null, e.target]);
};

describe("a crowd's protest", () => {
  it("a counted crowd marching is a protest, against whom it names", () => {
    expect(events("Thousands of protesters marched against {Norland}'s new border law on Sunday.")).toEqual([["PROTEST", null, "protesters", "norland"]]);
    expect(events("Hundreds of students marched through the centre of Velmora on Tuesday.")).toEqual([["PROTEST", null, "students", null]]);
  });

  it("workers at a named plant going on strike, and students rallying", () => {
    expect(events("Workers at the Dravik steel plant went on strike on Monday over pay.")).toEqual([["PROTEST", null, "workers", null]]);
    expect(events("Miners have gone on strike in the north.")).toEqual([["PROTEST", null, "miners", null]]);
    expect(events("Students rallied outside parliament in Velmora on Friday.")).toEqual([["PROTEST", null, "students", null]]);
  });

  it("people counted in the hundreds gathering with a protest's purpose, or taking to the streets", () => {
    expect(events("In Velmora, 9,000 to 10,000 people gathered in the main square to express their anger at the government.")).toEqual([["PROTEST", null, "people", null]]);
    expect(events("Students took to the streets against {Norland}'s new curfew.")).toEqual([["PROTEST", null, "students", "norland"]]);
    expect(events("Thousands of people gathered in the square to watch the parade.")).toEqual([]);
    expect(events("People gathered outside the court chanting slogans.")).toEqual([]);
  });

  it("not troops marching, a market rallying, a state rallying support, nor a few counted persons", () => {
    expect(events("{Norland@NRL} troops marched into the town on Monday.")).toEqual([]);
    expect(events("The krona rallied on Monday.")).toEqual([]);
    expect(events("{Norland} rallied support for the treaty.")).toEqual([]);
    expect(events("Three students marched to the station.")).toEqual([]);
  });
});
