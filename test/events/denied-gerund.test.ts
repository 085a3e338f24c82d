import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// An act as the gerund complement of a denial. Sentences written for these tests.

const rows = (s: string) => eventsIn(s).map((e) => [e.type, e.source, e.negated]);

describe("a denied gerund", () => {
  it("is an act its teller says did not happen", () => {
    expect(rows("{Norland} denied shelling {Sudovia}'s border towns.")).toEqual([["ASSAULT", "norland", true]]);
    expect(rows("{Norland} denies having attacked {Sudovia}.")).toEqual([["ASSAULT", "norland", true]]);
  });

  it("not a refusal ('denied X access')", () => {
    expect(rows("{Norland} denied {Sudovia} access to the port.").map((e) => e[2])).toEqual([false]);
  });
});
