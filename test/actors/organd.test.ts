import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const spans = (text: string) => run(text).mentions.map((m) => text.slice(m.start, m.end));

describe("a public body named for two fields joined by 'and'", () => {
  it("is one organisation, not the two the tagger reads", () => {
    expect(spans("The Federal Mining and Quarrying Commission fined the firm on Tuesday.")).toEqual(["Federal Mining and Quarrying Commission"]);
    expect(spans("Officials of the Harbour Pilotage and Towage Authority said the ship would stay.")).toEqual(["Harbour Pilotage and Towage Authority"]);
  });

  it("keeps two bodies apart when the first ends on its own head word", () => {
    expect(spans("The Eastland Labour Ministry and Dock Workers Council met on Tuesday.")).not.toContain("Eastland Labour Ministry and Dock Workers Council");
  });
});

describe("one word before 'and' after 'the'", () => {
  it("joins a body named for two fields", () => {
    const r = run("Rules\n\nThe Tariffs and Exchange Commission said on Monday it would review the merger.");
    expect(r.byName("Tariffs and Exchange Commission")?.kind).toBe("organization");
  });
});

describe("fields the tagger read as a place before 'and' after 'the'", () => {
  it("join the body named for them", () => {
    expect(spans("A similar bill stalled last year in the Inland Security and Harbour Affairs Committee.")).toContain("Inland Security and Harbour Affairs Committee");
  });
});
