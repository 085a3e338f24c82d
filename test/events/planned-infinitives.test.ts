import { describe, expect, it } from "vitest";
import { isPlanned } from "../../loaders/events/clauses.js";
import { eventsIn } from "./helpers.js";

// Acts meant or promised, not yet done: a contact after an infinitive support verb, a verb
// coordinated with a future one, a gerund after "on". Sentences written for these tests.
const rows = (source: string) => eventsIn(source).map((e) => [e.type, e.mode, e.source, e.target]);

describe("planned acts in infinitives and coordination", () => {
  it("a contact noun after an infinitive support verb is planned", () => {
    expect(isPlanned("a deal Norland struck in May to hold direct ", "")).toBe(true);
    expect(isPlanned("the minister flew in to have ", "")).toBe(true);
    expect(isPlanned("Norland was the first state to hold ", "")).toBe(false);
    expect(isPlanned("Norland held ", "")).toBe(false);
  });

  it("held talks stay held", () => {
    expect(rows("{S:Norland} held talks with {T:Estovia} on Monday.")).toEqual([["CONSULT", "talks", "norland", "estovia"]]);
  });

  it("a verb coordinated with a future one is planned", () => {
    expect(eventsIn("{Ivo Tamm/person} said he will start moving troops out of {Estovia} next week and release the detained fishermen.").map((e) => e.type)).not.toContain("CONCEDE");
  });

  it("a gerund after 'on' names an aim, not an act; 'went on' keeps it", () => {
    expect(eventsIn("President {Ivo Tamm/person} says he and {Ana Ruiz/person} will work together not only on {Estovia} but also on arresting the gang suspected of a bank raid in {Norland}.").map((e) => e.type)).not.toContain("COERCE");
  });
});
