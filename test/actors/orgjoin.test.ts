import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// A sentence written for this test (not taken from the seed articles or the dev corpora).
describe("an organisation named with 'and' before its head", () => {
  it("keeps the tagger's whole name over the rules' head-word name that stops at 'and'", () => {
    const text = "Officials of the Parks and Wildlife Service said the bears were moved.";
    const r = run(text);
    const found = r.mentions.map((m) => text.slice(m.start, m.end));
    expect(found).toContain("Parks and Wildlife Service");
    expect(found).not.toContain("Wildlife Service");
  });
});
