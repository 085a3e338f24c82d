import { describe, expect, it } from "vitest";
import { nationalityNoun } from "../../loaders/actors/demonymnoun.js";
import { run } from "./helpers.js";

describe("a noun of nationality before a person's name", () => {
  it("is no part of the name, and an \"of\" after the person names the team", () => {
    const r = run("Korrin finished 4.3 seconds ahead of Dutchman Ivo Veltman of Orbel Drossel Racing.");
    expect(r.actorOf("Ivo Veltman")?.kind).toBe("person");
    expect(r.actorOf("Orbel Drossel Racing")?.kind).toBe("organization");
    expect(r.actors.some((a) => a.name.includes("Dutchman"))).toBe(false);
  });

  it("splits two people the tagger joined, and reads a country after \"of\"", () => {
    const r = run("The final went to Frenchwoman Klara Tevik and Icelander Ari Halvardsson of Bhutan.");
    expect(r.actorOf("Klara Tevik")?.kind).toBe("person");
    expect(r.actorOf("Ari Halvardsson")?.kind).toBe("person");
    expect(r.actorOf("Bhutan")?.kind).toBe("country");
  });

  it("is a noun for a person, not an adjective that opens a body's name", () => {
    for (const w of ["Dutchman", "Frenchwoman", "Icelander", "Spaniard", "Swede"]) expect(nationalityNoun(w), w).toBe(true);
    for (const w of ["Dutch", "Swiss", "Irish", "American", "Japanese", "Welsh", "Chairman", "Orvel"]) expect(nationalityNoun(w), w).toBe(false);
  });
});
