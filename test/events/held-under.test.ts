import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "placed X under house arrest": X is the one held, never the holder. Sentences written for these tests.

describe("a name before 'under arrest'", () => {
  it("is no source of the arrest", () => {
    const rows = eventsIn("Army officers said they had placed President {Ivo Tamm/person} under house arrest.");
    expect(rows.filter((e) => e.source === "ivo-tamm")).toEqual([]);
  });

  it("while a named holder keeps the act", () => {
    expect(eventsIn("{Norland} arrested {Ivo Tamm/person} on Monday.").map((e) => [e.type, e.source, e.target])).toEqual([["COERCE", "norland", "ivo-tamm"]]);
  });
});
