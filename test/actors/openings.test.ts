import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("local and electoral offices", () => {
  it.each([
    ["County Attorney Rosa Veld said the verdict was just.", "Rosa Veld", "County Attorney"],
    ["Chief Election Commissioner Arun Tessel said votes would be counted on Friday.", "Arun Tessel", "Chief Election Commissioner"],
  ])("%s", (text, name, role) => {
    const r = run(text);
    expect(r.byName(name)?.role).toBe(role);
    expect(r.actors.filter((a) => a.kind === "organization")).toEqual([]);
  });
});

describe("a participle opening a sentence", () => {
  it("is no name", () => {
    const r = run("Born in Harwick in 1934, Mara Velde studied birds all her life.");
    expect(r.actors.map((a) => a.name)).not.toContain("Born");
  });
});

describe("an award", () => {
  it("is no actor", () => {
    const r = run("In 2025 the president awarded her the Presidential Medal of Valour, and in 2010 she won the Harwick Peace Prize.");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Medal|Prize/);
  });
});
