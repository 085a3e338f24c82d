import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a country's name that names two states", () => {
  it("is the one the article's other places lie in", () => {
    const r = run("GOMA, Congo - Rebels seized a town in eastern Congo on Wednesday and said they would march on Kinshasa.");
    expect(r.actorOf("Congo")?.country).toBe("COD");
  });
  it("keeps the gazetteer's reading with no other place", () => {
    const r = run("Rebels seized a town in Congo on Wednesday.");
    expect(r.actorOf("Congo")?.country).toBe("COG");
  });
});
