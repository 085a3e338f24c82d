import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { addDerived, defaultLexicon, DERIVED_PATH, parseLexicon } from "../../loaders/events/lexicon.js";
import { usualSense } from "../../loaders/events/wordnet/derive.js";
import { generateTable } from "../../loaders/events/wordnet/generate.js";
import { WordNet } from "../../loaders/events/wordnet/reader.js";
import { STOP } from "../../loaders/events/wordnet/seeds.js";
import { marked } from "./helpers.js";

// Trigger words derived from WordNet senses (loaders/events/wordnet/), with invented sentences.

const wn = new WordNet();
const table = readFileSync(DERIVED_PATH, "utf8");
const events = (s: string) => {
  const m = marked(s);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => ({ type: e.type, source: e.source, target: e.target, negated: e.negated }));
};

describe("the WordNet-derived trigger table", () => {
  it("is what the generator writes today, byte for byte", () => {
    expect(generateTable(wn)).toBe(table);
  }, 30_000);

  it("keeps a word only in one of its usual senses", () => {
    const attack = wn.byName("attack.v.01");
    // "bombard" is first of all an attack; "strike" is one only in its fourth sense.
    expect(usualSense(wn, "bombard", "v", wn.byName("bombard.v.01").offset)).toBe(true);
    expect(usualSense(wn, "strike", "v", wn.byName("strike.v.04").offset)).toBe(false);
    expect(usualSense(wn, "attack", "v", attack.offset)).toBe(true);
  });

  it("names each stopped word's sense problem and leaves it out", () => {
    const patterns = new Set(table.split("\n").slice(1).map((l) => l.split(",").slice(0, 2).reverse().join(":")));
    for (const [word, why] of Object.entries(STOP)) {
      expect(why.length).toBeGreaterThan(10);
      const [pos, bare] = word.includes(":") ? word.split(":") : [null, word];
      for (const p of pos ? [pos] : ["verb", "noun"]) expect(patterns.has(`${p}:${bare}`), word).toBe(false);
    }
  });

  it("leaves a word to the hand row that has it", () => {
    const hand = parseLexicon("pattern,pos,type,mode,frame,example\nlaud,verb,ACCUSE,mock,obj,x\n");
    const both = addDerived(hand, "pattern,pos,type,mode,frame,sense\nlaud,verb,SUPPORT,praise,obj needs-target,praise.v.01\nextol,verb,SUPPORT,praise,obj needs-target,praise.v.01\n");
    expect(both.entries.map((e) => `${e.pattern}:${e.type}`)).toEqual(["laud:ACCUSE", "extol:SUPPORT"]);
    expect(both.entries[1]!.sense).toBe("praise.v.01");
  });

  it("joins the shipped lexicon after the hand rows", () => {
    const entries = defaultLexicon().entries;
    const firstDerived = entries.findIndex((e) => e.sense);
    expect(firstDerived).toBeGreaterThan(100);
    expect(entries.slice(firstDerived).every((e) => e.sense)).toBe(true);
  });
});

describe("derived triggers through the events stage", () => {
  it("codes acts told with words of no hand row", () => {
    expect(events("{S:Norland} capitulated to {T:Estovia} after a week.")).toContainEqual({ type: "CONCEDE", source: "norland", target: "estovia", negated: false });
    expect(events("{S:Norland} lauded {T:Estovia} for its restraint.")).toContainEqual({ type: "SUPPORT", source: "norland", target: "estovia", negated: false });
    expect(events("{S:Norland} and {T:Estovia} conferred in Brill on the border.")).toContainEqual({ type: "CONSULT", source: "norland", target: "estovia", negated: false });
    expect(events("{S:Norland} turned down {T:Estovia}'s offer of a loan.")).toContainEqual({ type: "REJECT", source: "norland", target: "estovia", negated: false });
    expect(events("{S:Norland} reprimanded {T:Estovia} over the dam.")).toContainEqual(expect.objectContaining({ type: "ACCUSE", source: "norland", target: "estovia" }));
  });

  it("keeps the gates: negation, no actor doing it, no target where one is needed", () => {
    expect(events("{S:Norland} did not capitulate to {T:Estovia}.")).toContainEqual(expect.objectContaining({ type: "CONCEDE", negated: true }));
    expect(events("The old bridge was lauded by visitors from {M:Estovia}.")).toEqual([]);
    expect(events("{S:Norland} lauded the weather at the games.")).toEqual([]);
  });

  it("leaves out the stopped senses", () => {
    expect(events("{M:Norland} would appeal against the ban, its lawyer said.").map((e) => e.type)).not.toContain("REQUEST");
    expect(events("Bond prices in {M:Norland} receded on Monday.")).toEqual([]);
  });
});
