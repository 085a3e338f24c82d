import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";

// Kinds of false quotes and wrong speakers seen on unseen wire news, each on an invented sentence.
const quotes = (text: string, mentions: ResolvedMention[] = [], actors = new Map<string, ActorRow>()) =>
  extractQuotes(doc(text), mentions, actors);
const mention = (text: string, surface: string, actor: string, kind: ResolvedMention["kind"], from = 0): ResolvedMention => {
  const start = text.indexOf(surface, from);
  return { article: "t", actor, start, end: start + surface.length, text: surface, sentence: 0, kind };
};

describe("mis-paired and lost marks", () => {
  it("a span opening on an unnamed speaker's ended attribution is narration between mis-paired marks", () => {
    // The closing mark of the first paragraph was lost, so the third mark opens the attribution.
    const text = 'Rates eased.\n\n"Buyers came back late. " Sellers held off, "a trader said. Turnover was thin all day.';
    expect(quotes(text).map((q) => q.text.trim())).toEqual(["Buyers came back late."]);
  });

  it("a quotation never closed that runs on into narration of a named player is dropped", () => {
    const text = 'Okafor hit two goals. "I was only trying to keep the ball low. Jo Lund (4-1) picked up the win for Eastfield. In Marwick, Ada Penn scored twice.';
    expect(quotes(text)).toEqual([]);
  });

  it("an open quotation whose next paragraph reopens with a mark is kept (the wire's running quote)", () => {
    const text = 'Okafor said: "We trained hard. Lund played well too.\n\n"We will be back next year."';
    expect(quotes(text).map((q) => q.text)).toEqual(["We trained hard. Lund played well too.", "We will be back next year."]);
  });
});

describe("titles", () => {
  it("a film title with a subtitle after a colon is a title, not a quotation", () => {
    expect(quotes('The studio said the sequel to "Harbour Lights: The Return" would open in May.')).toEqual([]);
  });
});
