import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a given name before family-name particles", () => {
  it("opens the person's name, even where it reads as a month's short form", () => {
    const r = run("Deal approved\n\nJan van Rosskamp, a lawyer in Delft, said the deal was fair.");
    expect(r.actorOf("Jan van Rosskamp")?.kind).toBe("person");
    const s = run("Deal approved\n\nPieter de Grootveld said the deal was fair.");
    expect(s.actorOf("Pieter de Grootveld")?.kind).toBe("person");
  });

  it("leaves a place with particles and a date alone, and names a person once", () => {
    const r = run("Summit opens\n\nThe summit opened in Mar del Plata on Jan. 5, officials said.");
    expect(r.actorOf("Mar del Plata")?.kind).toBe("place");
    const s = run("Deal approved\n\nPeter van Damsma said the deal was fair.");
    expect(s.mentions.filter((m) => m.text === "Peter van Damsma")).toHaveLength(1);
  });
});

describe("a hyphened given name before particles", () => {
  it("is the whole given name", () => {
    const r = run("The court heard a challenge by candidate Ana-Lucia de la Varn to the result.");
    expect(r.actors.map((a) => a.name)).toEqual(["Ana-Lucia de la Varn"]);
  });
});
