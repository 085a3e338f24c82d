import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a town whose name opens its airline's", () => {
  it("stays the town where one flies to it", () => {
    const r = run("Flag carrier Vellmar Air will move its flights next month. Two airlines already fly to Vellmar.");
    expect(r.actorOf("Vellmar Air")?.kind).toBe("organization");
    expect(r.actors.find((a) => a.name === "Vellmar")?.kind).toBe("place");
  });

  it("stays the town where a ruler is of it, though a kind of firm stands before the airline", () => {
    const r = run("The Sultan of Halmor opened the terminal. Flag carrier Halmor Air will move its flights there.");
    expect(r.actors.find((a) => a.name === "Halmor")?.kind).toBe("place");
  });
});

describe("a ruler's realm", () => {
  it("is a place after the title and \"of\", though an airline is named for it", () => {
    const r = run("Sultan of Halmor opens new airport terminal\n\nThe Sultan of Halmor, Saqran bin Tarek, on Wednesday opened a terminal at Halmor International Airport. Flag carrier Halmor Air will move all its flights to the new building next month.");
    expect(r.actors.find((a) => a.name === "Halmor")?.kind).toBe("place");
  });
});
