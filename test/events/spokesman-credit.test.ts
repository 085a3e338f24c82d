import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// ", a <Body> spokesman said": the body a sentence is credited to through its spokesman, official or
// source tells of the act; it is not acted on. Sentences written for these tests.

const rows = (s: string) => eventsIn(s).map((e) => [e.type, e.source, e.target]);

describe("a body credited through its spokesman", () => {
  it("is no target of the act", () => {
    expect(rows("{Ivo Tamm/person} will visit the region next week, a {Varn Ministry/organization} spokesman said.")).toEqual([]);
  });

  it("a host named in the act stays the target", () => {
    expect(rows("{Ivo Tamm/person} will visit {Estovia} next week, a {Norland} spokesman said.")).toEqual([["AGREE", "ivo-tamm", "estovia"]]);
  });
});
