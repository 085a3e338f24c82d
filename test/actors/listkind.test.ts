import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a guessed name inside a list of names of one kind", () => {
  it("is a member of that kind", () => {
    const r = run("The sanctions target Norbank, KRV and Velbank, and 12 individuals.");
    expect(r.actorOf("KRV")?.kind).toBe("organization");
  });

  it("stays a guess at a sentence's start", () => {
    const r = run("A bomb exploded at a clinic last month. Location, Eastmoor, Tessaly.");
    expect(r.actors.map((a) => a.name)).not.toContain("Location");
  });
});
