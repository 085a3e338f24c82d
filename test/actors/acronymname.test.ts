import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the bodies are made up.
describe("an acronym of an organisation the article names in full", () => {
  it("is that organisation, with or without brackets", () => {
    const r = run("The National Harbour Traffic Safety Administration opened an inquiry. Senators urged the NHTSA to go further.");
    expect(r.actorOf("NHTSA")?.name).toBe("National Harbour Traffic Safety Administration");
    expect(r.byName("National Harbour Traffic Safety Administration")?.aliases).toContain("NHTSA");
  });

  it("leaves an acronym the gazetteer knows to its own body", () => {
    const r = run("The United Shipbuilders Union called a strike. The US embassy said it was watching.");
    expect(r.actorOf("US")?.name).not.toBe("United Shipbuilders Union");
  });
});
