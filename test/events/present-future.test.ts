import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A simple present dated by a time still to come is scheduled, not done: "arrives next week" is a
// planned visit (AGREE, as the guide codes a future meeting). Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.mode]);

describe("a present with a future time", () => {
  it("is a planned contact", () => {
    expect(run(marked("{S:Norland}'s president arrives in {T:Estovia} next week."))).toEqual([["AGREE", "norland", "estovia", "visit (planned)"]]);
    expect(run(marked("{S:Norland}'s president meets {T:Estovia}'s president tomorrow."))).toEqual([["AGREE", "norland", "estovia", "meeting (planned)"]]);
  });

  it("but a past or a present with no such time is held", () => {
    expect(run(marked("{S:Norland}'s president arrived in {T:Estovia} last week."))).toEqual([["CONSULT", "norland", "estovia", "visit"]]);
    expect(run(marked("{S:Norland}'s president meets {T:Estovia}'s president in the capital."))).toEqual([["CONSULT", "norland", "estovia", "meeting"]]);
  });

  it("a finite present with a weekday, a plural subject's too, is planned", () => {
    expect(run(marked("{S:Norland}'s president meets {T:Estovia}'s president on Friday."))).toEqual([["AGREE", "norland", "estovia", "meeting (planned)"]]);
    expect(run(marked("{Bo Lind/person} and {Jan Hok/person} meet on Monday with {Estovia}'s envoy {Ana Vel/person} in the port city.")).map((r) => [r[0], r[3]])).toEqual([["AGREE", "meeting (planned), with Jan Hok"]]);
  });

  it("but not a past, a bare form after an auxiliary, nor a noun with a weekday", () => {
    expect(run(marked("{S:Norland}'s president met {T:Estovia}'s president on Friday."))).toEqual([["CONSULT", "norland", "estovia", "meeting"]]);
    expect(run(marked("{S:Norland}'s president did not meet {T:Estovia}'s president on Friday.")).map((r) => r[3])).not.toContain("meeting (planned)");
    expect(run(marked("{S:Norland}'s president's visit to {T:Estovia} on Friday drew crowds.")).map((r) => r[3])).toEqual(["visit"]);
  });
});
