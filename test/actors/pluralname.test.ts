import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a movement's plural after its singular is the movement", () => {
  it("joins the Varathis to the Varathi rebels' movement", () => {
    const r = run("Ostrava's Varathi rebels said on Tuesday they had seized a port. The Varathis, who hold the north, have attacked dozens of ships.");
    const one = r.actorOf("Varathi");
    expect(one?.kind).toMatch(/organization|group/);
    expect(r.actorOf("Varathis")?.id).toBe(one?.id);
  });
  it("joins nothing to a person's name", () => {
    const r = run("Tom Kell farms near Ostrava. The Kells have farmed there since 1950.");
    expect(r.actorOf("Kells")?.id).not.toBe(r.byName("Tom Kell")?.id);
  });
});

describe("a scale after 'degrees'", () => {
  it("names no people", () => {
    const r = run("Temperatures in Ostravar rose above 45 degrees Celsius on Sunday, officials said.");
    expect(r.actors.map((a) => a.name)).not.toContain("Celsius");
  });
});
