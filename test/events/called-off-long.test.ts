import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A meeting whose own phrase runs long before "was cancelled" did not take place; a cancellation
// in another clause says nothing of it. Sentences written for these tests.

describe("a meeting called off after a long phrase", () => {
  it("is no event", () => {
    expect(triples("The meeting between {Norland} and {Estovia} scheduled for Monday was cancelled.")).toEqual([]);
  });

  it("while one that went ahead is", () => {
    expect(triples("The meeting between {Norland} and {Estovia} went ahead although a rally was cancelled.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});
