import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the towns are made up or share a name with a city abroad.
describe("an AP state abbreviation after a town names the state, and the town is in the USA", () => {
  it("reads the abbreviation as the state", () => {
    const r = run("HALDEN, Calif. — The cannery said on Monday it would close.");
    expect(r.actorOf("Calif")).toMatchObject({ name: "California", country: "USA", kind: "place" });
  });

  it("puts a town the gazetteer places abroad in the USA", () => {
    const r = run("SAN JOSE, Calif. — The chip designer said it would hire 300 engineers.");
    expect(r.actorOf("SAN JOSE")?.country).toBe("USA");
  });

  it("reads a dotted abbreviation before an agency's bracket", () => {
    const r = run("RIVERTON, N.Y. (AP) -- The mayor of Riverton resigned on Friday.");
    expect(r.actorOf("N.Y.")).toMatchObject({ name: "New York", country: "USA" });
    expect(r.actorOf("RIVERTON")?.country).toBe("USA");
  });

  it("leaves a title or a word with the same letters alone", () => {
    const r = run("Miss Ellery Vance thanked the jury.");
    expect(r.actors.some((a) => a.name === "Mississippi")).toBe(false);
  });
});

describe("a word that is also a state's abbreviation, written without its stop and after no town", () => {
  it("is the word, no place", () => {
    const r = run("The bishop said the cardinal would celebrate Mass for the city's small community on Sunday.");
    expect(r.mentions.map((m) => m.text)).not.toContain("Mass");
  });

  it("is the state after a town, with its stop", () => {
    expect(run("HALDEN, Mass. — The cannery said on Monday it would close.").actorOf("Mass")?.name).toBe("Massachusetts");
  });
});
