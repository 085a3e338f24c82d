import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const found = (text: string) => {
  const r = run(text);
  return r.mentions.filter((m) => r.actors.find((a) => a.id === m.actor)?.kind === "person").map((m) => text.slice(m.start, m.end));
};

describe("where a person's name begins and ends", () => {
  it("leaves a sentence's opening conjunction or adverb out of the name", () => {
    const text = "When Varlow arrived, the guards left. Once Dunmore signs the deal, the strike ends. Meanwhile Ostrava Keel resigned.";
    const r = run(text);
    const all = r.mentions.map((m) => text.slice(m.start, m.end));
    expect(found(text)).toContain("Varlow");
    expect(all).toEqual(expect.arrayContaining(["Dunmore", "Ostrava Keel"]));
    expect(all.some((n) => /^(When|Once|Meanwhile) /.test(n))).toBe(false);
  });

  it("keeps a particle that opens a surname", () => {
    expect(found("De Vellis said the vote was fair. Van Hoorn agreed on Tuesday.")).toEqual(expect.arrayContaining(["De Vellis", "Van Hoorn"]));
  });

  it("runs on past a middle initial to a surname with an apostrophe, and takes a surname with an inner capital", () => {
    const names = found("\"We will rebuild,\" said Ilse K. O'Dorran, the mayor. Tomas Vell MacArdle, chairman of the board, agreed. Rena LeBaudry spoke last.");
    expect(names).toEqual(expect.arrayContaining(["Ilse K. O'Dorran", "Tomas Vell MacArdle", "Rena LeBaudry"]));
  });
});
