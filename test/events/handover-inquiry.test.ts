import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// Two lexicon families: handing captives, suspects or arms over to another (a concession, a
// planned one an agreement), and opening an inquiry (an accusation's first step, as the guide
// codes investigations). Sentences written for these tests.
const events = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.source_text ?? null, e.target]);
};

describe("a handover", () => {
  it("of suspects or weapons to another is a concession; a promised one an agreement", () => {
    expect(events("{Norland} handed over two suspects to {Estovia} on Monday.")).toEqual([["CONCEDE", "norland", null, "estovia"]]);
    expect(events("{Norland} said it would hand over the three prisoners to {Estovia}.")).toEqual([["AGREE", "norland", null, "estovia"]]);
    expect(events("Rebels handed over their weapons to {Estovia}.")).toEqual([["CONCEDE", null, "rebels", "estovia"]]);
  });

  it("not of power at home, nor of a letter", () => {
    expect(events("{Norland} handed over power to the new cabinet.")).toEqual([]);
    expect(events("{Norland} handed over the letter to the envoy.")).toEqual([]);
  });
});

describe("an inquiry opened", () => {
  it("into another's acts targets it; a group reporting its own inquiry is its source", () => {
    expect(events("{Norland} launched a probe into {Estovia}'s arms sales.")).toEqual([["ACCUSE", "norland", null, "estovia"]]);
    expect(events("Police said in a statement they had opened an investigation.")).toEqual([["ACCUSE", null, "police", null]]);
  });
});
