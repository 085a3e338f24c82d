import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a disease named after a person or a place", () => {
  it("is no actor, named before its noun or after a possessive", () => {
    expect(run("An outbreak of Tarvanna fever killed 12 people, the Hasku Clinic said.").actors.map((a) => a.name)).toEqual(["Hasku Clinic"]);
    const r = run("Halvera's Vellin's drug failed in a trial. Patients with Vellin's disease saw no gain, Ivo Hasku said.");
    expect(r.actors.map((a) => a.name)).not.toContain("Vellin");
  });
});
