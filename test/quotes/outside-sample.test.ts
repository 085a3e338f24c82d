import { describe, expect, it } from "vitest";
import { quotesWith } from "./helpers.js";

// Wrong or missing speakers read on unseen news outside every dev fixture, each on an invented sentence.

describe("speech verbs the lexicon lacked", () => {
  it("'spoke of' credits the one who spoke, not the speaker of the main clause after it", () => {
    const text = 'Although Rui Lund spoke of "boys" his deputy, Ann Ode, said the case involved young men.';
    const rows = quotesWith(text, [["Rui Lund", "Lund"], ["Ann Ode", "Ode"]]);
    expect(rows.map((q) => [q.text, q.speaker])).toEqual([["boys", "rui-lund"]]);
  });

  it("'chimed in' attributes the quotation after it", () => {
    const text = 'The fans said the food was good, but Ada Kell chimed in, "The water costs far too much."';
    expect(quotesWith(text, [["Ada Kell", "Kell"]]).map((q) => q.speaker)).toEqual(["ada-kell"]);
  });

  it("a firm that 'cited' words is their speaker", () => {
    const text = 'Revenue fell 8% in the quarter. Tellco cited "a general softening in demand for its phones."';
    const rows = quotesWith(text, []);
    expect(rows.map((q) => q.speaker_text)).toEqual(["Tellco"]);
  });
});
