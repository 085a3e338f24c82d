import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a name the tagger reads as miscellaneous, before the noun of what it is", () => {
  it("is a body before its chief", () => {
    const r = run("Netanyahu's office said a delegation led by Mossad chief Dov Ariel had arrived.");
    expect(r.actorOf("Mossad")?.kind).toBe("organization");
  });
  it("is a place before a crossing", () => {
    const r = run("Hundreds of aid trucks were waiting at the Rafah crossing on Sunday.");
    expect(r.actorOf("Rafah")?.kind).toBe("place");
  });
  it("stays a people's adjective", () => {
    const r = run("Troops were sent to the Egyptian border on Sunday.");
    expect(r.actors.map((a) => a.name)).not.toContain("Egyptian");
  });
});

describe("a wildfire's name in an article about a blaze", () => {
  it("is no actor", () => {
    const r = run("The Ridgeline Fire near Castor Lake had burned more than 9,400 acres by evening, firefighters said.");
    expect(r.actors.map((a) => a.name)).not.toContain("Ridgeline Fire");
  });
});
