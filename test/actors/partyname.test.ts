import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the party is made up.
describe("a party named with a demonym at its head", () => {
  it("is one name before 'party', and the same words later are that party", () => {
    const r = run("Crowds gathered after the ruling Norwegian Dawn party reintroduced the bill. Parliament, where Norwegian Dawn holds a majority, passed it.");
    expect(r.byName("Norwegian Dawn")?.kind).toBe("organization");
    expect(r.actors.some((a) => a.name === "Dawn")).toBe(false);
  });
});

describe("a party named with a country at its head", () => {
  it("is one organisation, though the tagger read the country apart and the rest as a person", () => {
    const r = run("The ruling Pakistan Muslim Alliance-Nawaz party criticised the decision on Thursday.");
    expect(r.byName("Pakistan Muslim Alliance-Nawaz")?.kind).toBe("organization");
  });
});
