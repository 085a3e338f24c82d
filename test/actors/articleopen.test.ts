import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("an indefinite article opening a sentence", () => {
  it("is no part of the body's name after it", () => {
    const r = run("Port to reopen\n\nA Tarvish Harbour Authority spokesman said the port would reopen on Monday.");
    expect(r.mentions.map((m) => m.text)).toContain("Tarvish Harbour Authority");
    expect(r.mentions.some((m) => m.text.startsWith("A "))).toBe(false);
  });

  it("leaves an initial in a scorecard whole", () => {
    const r = run("Scores\n\nBatting: A. Kellerby 45, R. Dunmoor 12.");
    expect(r.mentions.map((m) => m.text)).toContain("A. Kellerby");
  });
});
