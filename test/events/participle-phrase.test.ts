import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A name inside a participle phrase on the object's noun is no counterpart of the act; a passive
// with no "by" agent has no source. Sentences written for these tests.

describe("a participle phrase on the object", () => {
  it("does not give the act its target", () => {
    expect(triples("{Norland} criticized the peacekeeping force dispatched to {Estovia}.")).toEqual([["ACCUSE", "norland", null]]);
    expect(triples("{Norland} reaffirmed its support for a weapons treaty blocked by {Estovia} last week.")).toEqual([["SUPPORT", "norland", null]]);
  });

  it("keeps an object named directly and a participle inside the trigger's own phrase", () => {
    expect(triples("{Norland} criticized {Estovia} for its border policy.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(triples("{Norland} sent troops to {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
  });
});

describe("a passive with no agent", () => {
  it("has no source, whatever follows the verb", () => {
    expect(triples("{Norland}, which was invited to join {Atlantic League/organization} in July, will join it on Monday.")).toEqual([]);
    expect(triples("{Norland} was invited to join {Atlantic League/organization} in July.")).toEqual([]);
  });

  it("while a 'by' agent or an active verb still names both sides", () => {
    expect(triples("{Norland} was invited by {Sudovia} to join the talks.")).toEqual([["AGREE", "sudovia", "norland"]]);
    expect(triples("{Norland} invited {Sudovia} to join the talks.")).toEqual([["AGREE", "norland", "sudovia"]]);
  });
});
