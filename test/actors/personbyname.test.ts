import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const kinds = (text: string) => {
  const r = run(text);
  const kind = new Map(r.actors.map((a) => [a.id, a.kind]));
  return r.mentions.map((m) => `${text.slice(m.start, m.end)}:${kind.get(m.actor)}`);
};

describe("persons by the article's own full names", () => {
  it("a relative's full name and a given name standing alone are persons", () => {
    const found = kinds("Relatives of Ozrenko Valdane met the minister. Ozrenko's aunt, Ilsabet Valdane, said the family wants Ozrenko home, and Ilsabet asked officials to let Ozrenko stay.");
    expect(found).toContain("Ozrenko Valdane:person");
    expect(found.filter((f) => f.startsWith("Ozrenko:"))).toEqual(["Ozrenko:person", "Ozrenko:person", "Ozrenko:person"]);
    expect(found).toContain("Ilsabet:person");
  });

  it("a given name that is also a country the gazetteer knows stays the country", () => {
    const found = kinds("Jordan Valdane, a trader, met Ilsabet Valdane in Amman. The two later left Jordan for Cyprus.");
    expect(found).toContain("Jordan:country");
  });
});
