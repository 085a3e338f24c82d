import { describe, expect, it } from "vitest";
import { quotesWith } from "./helpers.js";

// Words shown on a screen or a door are nobody's, and a quotation paragraph that judges in the
// present tense is a speaker's, not narration. Every sentence here is invented.

describe("words shown on a thing", () => {
  it("'A notice on the screens around the ground reads: \"…\"' is no quotation", () => {
    const text = 'A notice on the screens around the Varn stadium reads: "Due to the heat please drink plenty of water" -- good advice. "We sold out by noon," said Ada Kell.';
    expect(quotesWith(text, [["Ada Kell", "Kell"]]).map((q) => q.text)).toEqual(["We sold out by noon,"]);
  });

  it("'A message on the monitors reads: \"…\"' and 'the notice on the gate read' are no quotations", () => {
    const text = 'A message on the big monitors reads: "Please keep off the grass." The notice on the gate read: "Closed until Friday."';
    expect(quotesWith(text)).toEqual([]);
  });

  it("a message from a person that 'reads' stays that person's words", () => {
    const text = 'A message from Mayor Ada Kell read: "The bridge will open on Monday."';
    expect(quotesWith(text, [["Ada Kell", "Kell"]]).map((q) => q.text)).toEqual(["The bridge will open on Monday."]);
  });
});

describe("a quotation paragraph about someone else", () => {
  it("'\"Pedro Lund inspired everyone here and it is great to honour him.\"' after a quotation is the speaker's", () => {
    const text = 'Rell signed every ball.\n\n"I never do this but please sign," he said.\n\n"Pedro Lund inspired everyone here and it is great to have a tribute to him."\n\nThe meeting ends on Friday.';
    const rows = quotesWith(text, [["Tomas Rell", "Rell"], ["Pedro Lund", "Lund"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["tomas-rell", "tomas-rell"]);
  });

  it("past-tense narration about a named player between stray marks stays out", () => {
    const text = '"I got my serve in," Rell said.\n\n"Okafor was happy with his round, his best in five years, and thanked his coach."\n\nThe final is on Sunday.';
    const rows = quotesWith(text, [["Tomas Rell", "Rell"], ["Tim Okafor", "Okafor"], ["Ivo Lund", "Lund"]]);
    expect(rows.map((q) => q.text)).toEqual(["I got my serve in,"]);
  });
});
