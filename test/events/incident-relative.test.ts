import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "… over a shooting at a school that killed ten": the relative's subject is the incident, which
// names no doer; the main clause's subject is not it. Sentences written for these tests.

const killings = (source: string) => eventsIn(source).filter((e) => /^(?:killed|wounded)$/u.test(e.trigger)).map((e) => [e.type, e.source]);

describe("an incident's relative clause", () => {
  it("lends the main clause's subject no act", () => {
    expect(killings("{Norland} police arrested a man on Friday over a shooting at a school in {Velo/place} that killed ten people.")).toEqual([]);
    expect(killings("{Norland} charged two men over a fire at a market in {Estovia} that killed four people.")).toEqual([]);
  });

  it("nor does a thing coordinated before the trigger", () => {
    expect(killings("Thousands of students marched through {Velo/place} on Saturday, a month after a station roof collapsed and killed 15 people.")).toEqual([]);
  });

  it("while the main clause keeps its own act", () => {
    const rows = eventsIn("{Norland} police arrested a man on Friday over a shooting at a school in {Velo/place} that killed ten people.");
    expect(rows.map((e) => [e.type, e.source])).toEqual([["COERCE", "norland"]]);
  });
});
