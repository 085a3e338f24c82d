import { describe, expect, it } from "vitest";
import { quotesWith } from "./helpers.js";

// The one a verb acts on is never its speaker, even after a comma that closes an apposition. Invented sentences.

describe("after a speaker in apposition", () => {
  it("the one accused, urged or described is not the speaker", () => {
    const text = 'Budget row\n\nThe union\'s president, Mark Tallow, accused the mayor of "playing games with safety."';
    expect(quotesWith(text, [["Mark Tallow"]]).map((q) => [q.speaker, q.text])).toEqual([["mark-tallow", "playing games with safety."]]);
    const urged = 'Budget row\n\nThe council\'s leader, Ana Brill, urged the governor to "stop the cuts now."';
    expect(quotesWith(urged, [["Ana Brill"]]).map((q) => q.speaker)).toEqual(["ana-brill"]);
  });

  it("an inverted speaker after a quotation still speaks", () => {
    const text = 'Budget row\n\n"We will not back down," said the mayor of Port Vell.';
    expect(quotesWith(text).map((q) => q.speaker_text)).toEqual(["the mayor of Port Vell"]);
  });
});
