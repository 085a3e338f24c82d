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

describe("an institution named for its patron", () => {
  it("opens on the patron's possessive", () => {
    const r = run("Dr Priya Nair, a lecturer in politics at King's College Harwick, said the row would pass.");
    expect(r.byName("King's College Harwick")?.kind).toBe("organization");
  });
});

describe("a parliament's chamber named by its members' plural", () => {
  it("is a body", () => {
    expect(run("The prime minister faced questions in the Commons on Wednesday.").actorOf("Commons")?.kind).toBe("organization");
  });
});
