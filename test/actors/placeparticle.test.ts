import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a place's name with a Portuguese or Spanish particle", () => {
  it("runs on over the particle to the word after it", () => {
    const text = "Heavy rain flooded dozens of towns in Rio Grande do Sul state this week.";
    expect(run(text).mentions.map((m) => m.text)).toContain("Rio Grande do Sul");
  });
  it("leaves a place before a lower-case word alone", () => {
    const text = "Floods hit Tarvia do not stop.";
    expect(run(text).mentions.map((m) => m.text)).not.toContain("Tarvia do not");
  });
});
