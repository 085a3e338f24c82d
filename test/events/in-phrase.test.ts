import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// A nominal trigger in an "in" phrase hanging off another noun, on sentences written for these tests.
const run = eventsIn;

describe("events: a trigger inside an 'in' phrase of another noun", () => {
  it("'a delay in peace talks' gives the talks no source from the clause", () => {
    const rows = run("Crowds gathered at a shrine holy to {Varsans/group} and {Tellics/group} to mourn the delay in peace negotiations.");
    expect(rows.filter((e) => e.type === "CONSULT")).toEqual([]);
    expect(run("{Norland} complained about slow progress in the talks with {Sudovia}.").filter((e) => e.type === "CONSULT" && e.source === "norland")).toEqual([]);
  });

  it("a verb before 'in' keeps the act the subject's own", () => {
    expect(run("{Norland} took part in talks with {Sudovia} on Friday.")).toEqual([expect.objectContaining({ type: "CONSULT", source: "norland", target: "sudovia" })]);
    expect(run("{Norland} engaged in talks with {Sudovia} on Friday.")).toEqual([expect.objectContaining({ type: "CONSULT", source: "norland", target: "sudovia" })]);
  });

  it("'in protest' is the clause's own act", () => {
    expect(run("The {Green Front/group} marched in protest against {Norland}.")).toEqual([
      expect.objectContaining({ type: "PROTEST", source: "green-front", target: "norland" }),
    ]);
  });
});
