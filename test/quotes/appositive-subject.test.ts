import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";

// "A spokesman for X, Y, rejected …": a following "he" continues Y, the subject, not X inside the
// description. Every sentence here is invented.
const mentionsOf = (text: string, names: [string, string][]): ResolvedMention[] => {
  const out: ResolvedMention[] = [];
  for (const [surface, actor] of names)
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1))
      out.push({ article: "t", actor, start: at, end: at + surface.length, text: surface, sentence: 0, kind: "person" });
  return out.sort((a, b) => a.start - b.start);
};

describe("a pronoun after a subject given by description and name", () => {
  it("'A spokesman for <X>, <Y>, rejected …' then 'he said' is Y", () => {
    const text = '"The plan is dead," Tomas Brandt said on Monday.\n\nA spokesman for Karl Odenthal, Piet Marek, rejected the claim. "The figures speak for themselves," he said.';
    const ms = mentionsOf(text, [["Tomas Brandt", "tomas-brandt"], ["Karl Odenthal", "karl-odenthal"], ["Piet Marek", "piet-marek"]]);
    expect(extractQuotes(doc(text), ms, new Map()).map((q) => q.speaker)).toEqual(["tomas-brandt", "piet-marek"]);
  });

  it("a name inside the description is not the subject when no name stands in apposition", () => {
    const text = '"We expected more," Karl Odenthal said.\n\nThe party of Lena Vossberg rejected the budget. "It fails the young," he said.';
    const ms = mentionsOf(text, [["Karl Odenthal", "karl-odenthal"], ["Lena Vossberg", "lena-vossberg"]]);
    expect(extractQuotes(doc(text), ms, new Map()).map((q) => q.speaker)).toEqual(["karl-odenthal", "karl-odenthal"]);
  });
});
