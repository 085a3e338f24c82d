import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";

// Attribution as AP, the New York Times and the Wall Street Journal write it (stories printed as one
// paragraph, "said" before the speaker, speakers given by office or apposition), on invented sentences.
const quotes = (text: string, mentions: ResolvedMention[] = [], actors = new Map<string, ActorRow>()) =>
  extractQuotes(doc(text), mentions, actors);
const mention = (text: string, surface: string, actor: string, kind: ResolvedMention["kind"], from = 0): ResolvedMention => {
  const start = text.indexOf(surface, from);
  return { article: "t", actor, start, end: start + surface.length, text: surface, sentence: 0, kind };
};
const speakers = (text: string, ms: ResolvedMention[]) => quotes(text, ms).map((q) => q.speaker);

describe("a story printed as one paragraph", () => {
  it("a quotation that is a sentence of its own goes on with the speaker of the sentence before", () => {
    const text = "``Prices will hold,'' said Ann Ode, an economist at Harbour Bank. ``The harvest was good.'' Lin Varga, a trader, said stocks were low.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["ann-ode", "ann-ode"]);
  });

  it("the chain runs back over quotation-only sentences to the one that names the speaker", () => {
    const text = "Ann Ode spoke first. ``We came to talk,'' Ode said. ``We will stay.'' ``We will not leave.'' Later, Lin Varga said the talks had failed.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Ode", "ann-ode", "person", 20), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["ann-ode", "ann-ode", "ann-ode"]);
  });

  it("a quotation woven into a sentence is not carried back to the sentence before", () => {
    const text = "Ann Ode said prices would hold. The harvest was ``good enough,'' Lin Varga said.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["lin-varga"]);
  });
});
