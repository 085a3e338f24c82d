import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("two given names joined by 'and' before one family name", () => {
  it("share it", () => {
    const r = run("Arvid and Edna Morrow said on Monday they had lived in the house for 40 years.");
    expect(r.byName("Arvid Morrow")?.kind).toBe("person");
    expect(r.byName("Edna Morrow")?.kind).toBe("person");
  });
  it("not when the first is a word of another full name in the article", () => {
    const r = run("Tom Arvid spoke first. Arvid and Edna Morrow said on Monday they had lived there for years.");
    expect(r.byName("Arvid Morrow")).toBeUndefined();
  });
});
