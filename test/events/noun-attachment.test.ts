import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Noun triggers whose actor attaches by grammar rather than as a verb's subject (docs/events.md,
// "Events, noun triggers and planned acts"), each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: gerunds read as their noun row", () => {
  it("a gerund after a preposition of setting, or before 'between', is the noun with its parties", () => {
    expect(eventsIn("Ten people died in fighting between {Norland} and {Estovia} on Monday.")[0]).toMatchObject({ type: "ASSAULT", source: "norland", target: "estovia" });
    expect(eventsIn("Fighting between {Norland} and {Estovia} resumed on Monday.")[0]).toMatchObject({ type: "ASSAULT", source: "norland", target: "estovia" });
  });

  it("a gerund that says the act did not happen stays no act", () => {
    expect(types("{Ivo Marek/person} left without meeting with {Lena Varga/person}.")).toEqual([]);
  });
});
