import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

// Straight marks paired out of phase leave the reporter's tag between two marks; invented sentences.

describe("the reporter's tag between mis-paired marks", () => {
  it("a span opening on an inverted tag with a described speaker ('said club chairman Ann Ode.')", () => {
    const text = 'Fans came early.\n\n"The ground needs work. " We will build a new stand, "said club chairman Ann Ode."\n\nWork starts in May.';
    expect(quotes(text).map((q) => q.text.trim())).not.toContain("said club chairman Ann Ode.");
  });

  it("a span opening on another tagging verb ('lamented scholar Ada Kell,')", () => {
    const text = 'The paper said the "Varn Codex\', kept in a seminary since 1740, was lost. " We trusted the library, "lamented scholar Ada Kell, told of the loss by the library. It keeps three copies of the" Varn Codex\'.';
    expect(quotes(text).map((q) => q.text.trim())).not.toContain("lamented scholar Ada Kell, told of the loss by the library. It keeps three copies of the");
  });

  it("a span that is only a name and a tagging verb ('Lund recalled.')", () => {
    expect(quotes('He told me to hang on," Lund recalled."\n\nThe crowd stayed late.').map((q) => q.text.trim())).not.toContain("Lund recalled.");
  });

  it("a span closing on the tag of the next quotation ('…, Penn joked,')", () => {
    const text = 'Penn won again.\n\n"Still smiling about a long rally in the last game of the day, Penn joked," There were more strokes in that point than in the whole match.';
    expect(quotes(text).map((q) => q.text)).not.toContain("Still smiling about a long rally in the last game of the day, Penn joked,");
  });

  it("a span with a tagged sentence ended inside it ('…, Rui Lund said. The ground …')", () => {
    const text = 'We drive to the city to play, "40 km away, Rui Lund said. The ground has only two dirt tracks. " We plan a new stadium, "said club chairman Ann Ode.';
    expect(quotes(text).map((q) => q.text)).not.toContain("40 km away, Rui Lund said. The ground has only two dirt tracks. ");
  });

  it("a speaker's own words naming others stay quotations", () => {
    expect(quotes('"Lee said he would come, and Kim agreed," Ode said.').map((q) => q.text)).toEqual(["Lee said he would come, and Kim agreed,"]);
    expect(quotes('"I said we should wait. We waited," Ode said.').map((q) => q.text)).toEqual(["I said we should wait. We waited,"]);
    expect(quotes('Ode "said nothing of value", a rival wrote.').map((q) => q.text)).toEqual(["said nothing of value"]);
  });
});

describe("a possessive's apostrophe turned into a double mark", () => {
  it("'women \"s wear' opens no quotation", () => {
    expect(quotes('NOTE - Tellco Ltd makes women "s formal wear.')).toEqual([]);
  });

  it("a quotation opening on a word starting with s is kept", () => {
    expect(quotes('Ode said "so far, so good" on Monday.').map((q) => q.text)).toEqual(["so far, so good"]);
  });
});
