import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A state or a body forcing someone to act coerces them. Sentences written for these tests.
const events = triples;

describe("forced to act", () => {
  it("a state or a body forcing another is coercion of it", () => {
    expect(events("{Norland} forced {Estovia} to withdraw its ambassador.")).toEqual([["COERCE", "norland", "estovia"]]);
    expect(events("The {Norland Information Ministry/organization} forced {Ivo Tamm/person} to sign an undertaking.")).toEqual([["COERCE", "norland-information-ministry", "ivo-tamm"]]);
  });

  it("not a passive with no forcer, nor a person named inside what forced", () => {
    expect(events("{Ivo Tamm/person} was forced to resign.")).toEqual([]);
    expect(events("An injury to veteran {Ana Ruiz/person} forced {Ivo Tamm/person} to change his plans.")).toEqual([]);
  });
});
