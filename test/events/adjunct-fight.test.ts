import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// A fight told only as the time of another act has no side named: the other verb's subject is
// not its source. Sentences written for these tests.
const events = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.source_text ?? null, e.target]);
};

describe("a fight as another act's adjunct", () => {
  it("gives no source to the subject of the act it dates", () => {
    expect(events("Police arrested 35 people after clashes in central Velmora.")).toEqual([["COERCE", null, "police", null]]);
    expect(events("{Norland} closed the crossing during fighting near the river.")).toEqual([]);
  });

  it("a fight with its counterpart, or a fight the dead fell in, keeps its side", () => {
    expect(events("{Norland} closed the crossing after clashes with {Estovia}.").filter((e) => e[0] === "ASSAULT")).toEqual([["ASSAULT", "norland", null, "estovia"]]);
    expect(events("{Norland} says 25 rebels were killed in clashes.")).toEqual([["ASSAULT", "norland", null, null]]);
  });
});
