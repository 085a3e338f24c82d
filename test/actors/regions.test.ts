import { describe, expect, it } from "vitest";
import { firstLevelRegions } from "../../loaders/actors/regions.js";
import { run } from "./helpers.js";

describe("a country's first-level division (country-region-data)", () => {
  it("is a place in its country, before a local office too", () => {
    const r = run("Tocantins Governor Ana Lima said on Monday that floods had also hit Meghalaya.");
    expect(r.actorOf("Tocantins")).toMatchObject({ kind: "place", country: "BRA" });
    expect(r.actorOf("Meghalaya")).toMatchObject({ kind: "place", country: "IND" });
    expect(r.actorOf("Ana Lima")?.kind).toBe("person");
  });

  it("leaves out names two countries share, generic names and names the lexicon knows as persons' or words", () => {
    const names = new Set(firstLevelRegions().map(([n]) => n));
    expect(names.has("Nunavut")).toBe(true);
    for (const n of ["Victoria", "Central", "North East", "Georgia"]) expect(names.has(n), n).toBe(false);
  });
});
