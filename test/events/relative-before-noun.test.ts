import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X, who …, held talks with Y": a closed relative between the subject and a noun's support verb
// leaves X the noun's agent, and a verb inside the relative takes no noun outside it as its object.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a noun act after a closed relative", () => {
  it("is the main subject's", () => {
    expect(run(marked("{S:Karl Vemmer/person}, who was in {Varn/place} on Monday, held talks with {T:Estovia} on Friday."))).toEqual([["CONSULT", "karl-vemmer", "estovia"]]);
  });
  it("is not the object of a contact verb inside the relative", () => {
    expect(run(marked("{S:Karl Vemmer/person}, who phoned {Jonas Pell/person} last week, is planning a trip to {T:Estovia} in the spring.")).filter(([t]) => t === "AGREE")).toEqual([["AGREE", "karl-vemmer", "estovia"]]);
  });
});

describe("a verb coordinated with the main verb after a closed relative", () => {
  it("shares the main subject, not a name inside the relative", () => {
    expect(run(marked("{S:Karl Vemmer/person}, who met {Jonas Pell/person}, criticised the plan and attacked {T:Estovia}.")).filter(([t]) => t === "ASSAULT").map(([, s]) => s)).toEqual(["karl-vemmer"]);
  });
});
