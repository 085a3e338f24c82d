import { describe, expect, it } from "vitest";
import { guessPos } from "../../loaders/actors/lextokens.js";
import { tokenize } from "../../loaders/actors/tokens.js";
import { doc } from "./helpers.js";

describe("tokens", () => {
  it("keeps exact offsets, splits the possessive and keeps dotted abbreviations whole", () => {
    const text = "Meanwhile, the U.S.-brokered deal\u00a0and Japan’s “strong support” for Kosiniak-Kamysz’s plan; Mr. O’Brien's too.";
    const toks = tokenize(doc("t", text));
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    const words = toks.map((t) => t.text);
    expect(words).toContain("U.S.");
    expect(words).toContain("’s");
    expect(words).toContain("Mr.");
    expect(words).toContain("O’Brien");
    expect(words.slice(words.indexOf("Kosiniak"), words.indexOf("Kosiniak") + 4)).toEqual(["Kosiniak", "-", "Kamysz", "’s"]);
  });

  it("marks sentence, line and quotation starts as initial", () => {
    const toks = tokenize(doc("t", "He said: “Talks failed.”\nEurope waits. Then Rome."));
    const initial = toks.filter((t) => t.initial && t.word).map((t) => t.text);
    expect(initial).toEqual(["He", "Talks", "Europe", "Then"]);
  });

  it("tells ordinary capitalised words from names by the lexicon", () => {
    for (const w of ["Meanwhile", "According", "High", "Since", "The"]) expect(guessPos(w), w).not.toBe("PROPN");
    for (const w of ["Dobih", "Soratani", "Japan", "Mark", "NATO"]) expect(guessPos(w), w).toBe("PROPN");
    expect(guessPos("club")).toBe("NOUN");
    expect(guessPos("warned")).toBe("VERB");
    expect(guessPos("have")).toBe("AUX");
  });
});
