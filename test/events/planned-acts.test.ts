import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Planned and unwanted acts (docs/events.md, "Events, noun triggers and planned acts"): the guide
// codes a future cooperative act AGREE with "planned" in mode, a planned conflictual act keeps its
// type; each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: planned acts", () => {
  it("a meeting scheduled or arranged is planned (AGREE), not held", () => {
    expect(eventsIn("{Ivo Marek/person} scheduled a meeting with {Lena Varga/person} for Monday.")[0]).toMatchObject({ type: "AGREE", source: "ivo-marek", target: "lena-varga", mode: "meeting (planned)" });
    expect(eventsIn("{Norland} arranged new talks with {Estovia}.")[0]).toMatchObject({ type: "AGREE", mode: "talks (planned)" });
    // A ceasefire arranged is an agreement made, not a plan.
    expect(eventsIn("{Norland} arranged a ceasefire with {Estovia} on Sunday.")[0]).toMatchObject({ type: "AGREE", mode: "ceasefire arranged" });
  });

  it("no plans to hold a meeting is no act, also with a support verb before the noun", () => {
    expect(types("{Norland} has no plans to hold a meeting with {Estovia}.")).toEqual([]);
    expect(types("{Norland} has no plans to meet {Estovia}.")).toEqual([]);
  });

  it("no wish to hold negotiations is a refusal (REJECT); no intention to attack is no act", () => {
    expect(eventsIn("{Ivo Marek/person} said he had no wish to hold negotiations with {Lena Varga/person}.")[0]).toMatchObject({ type: "REJECT", source: "ivo-marek", target: "lena-varga", negated: false });
    expect(eventsIn("{Norland} has no desire to meet {Estovia}.")[0]).toMatchObject({ type: "REJECT", source: "norland", target: "estovia" });
    expect(types("{Norland} has no intention of attacking {Estovia}.")).toEqual([]);
  });

  it("a decided conflictual plan says planned in mode, a conditional or offered one proposed", () => {
    expect(eventsIn("{Norland} will impose further sanctions on {Estovia}.")[0]).toMatchObject({ type: "SANCTION", mode: "sanctions (planned)" });
    expect(eventsIn("{Norland} plans to attack {Estovia} next week.")[0]).toMatchObject({ type: "ASSAULT", mode: "attack (planned)" });
    expect(eventsIn("{Norland} would impose further sanctions on {Estovia}.")[0]).toMatchObject({ type: "SANCTION", mode: "sanctions (proposed)" });
  });
});
