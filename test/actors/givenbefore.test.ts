import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a given name the tagger left out after a nationality", () => {
  it("is the person's", () => {
    const r = run("Briton Hattie Orrin won the race on Sunday.");
    expect(r.actors.map((a) => a.name)).toEqual(["Hattie Orrin"]);
  });

  it("leaves a word the lexicon does not know only as a given name", () => {
    const r = run("Briton Hattie Orrin won. Rival Orrin Tarl came second.");
    expect(r.actors.map((a) => a.name)).not.toContain("Rival Orrin Tarl");
  });
});
