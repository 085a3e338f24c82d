import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("the surname in 'the X administration'", () => {
  it("is a person", () => {
    expect(run("The Tarvel administration is expected to appeal the ruling.").byName("Tarvel")?.kind).toBe("person");
  });
  it("is not a party's or a state's adjective", () => {
    const names = run("The Republican administration and the Norlandic administration appealed the ruling.").actors.map((a) => a.name);
    expect(names).not.toContain("Republican");
  });
  it("is not a governing movement the article names by its members", () => {
    const r = run("Rescuers dug through rubble on Tuesday after a quake killed at least 800 people in Velmar province, the Tarvanis administration said. Tarvanis spokesman Ali Demir said the toll would rise.");
    expect(r.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Ali Demir"]);
  });
});
