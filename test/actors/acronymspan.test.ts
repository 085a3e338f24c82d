import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the firms and people are made up.
describe("the article's acronym of a name says where the name begins and that it is an organisation", () => {
  it("runs a company's name back over the sentence's first word", () => {
    const r = run("Advanced Harbour Devices said on Monday it would cut 900 jobs. A third of AHD's sales go abroad.");
    expect(r.byName("Advanced Harbour Devices")?.kind).toBe("organization");
    expect(r.actors.some((a) => a.name === "Harbour Devices")).toBe(false);
  });

  it("keeps a force's full name opening a sentence before its acronym", () => {
    const r = run("Rapid Border Forces (RBF) fighters entered the town on Sunday.");
    expect(r.byName("Rapid Border Forces")).toMatchObject({ kind: "organization", aliases: ["RBF"] });
    expect(r.actors.some((a) => a.name === "Border Forces")).toBe(false);
  });

  it("leaves a person written by their initials a person", () => {
    const r = run("Senator Lorna Beth Tallis, known as LBT, spoke first.");
    expect(r.byName("Lorna Beth Tallis")?.kind).toBe("person");
  });
});
