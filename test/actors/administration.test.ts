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
});
