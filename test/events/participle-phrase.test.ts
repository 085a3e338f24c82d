import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A name inside a participle phrase on the object's noun is no counterpart of the act; a passive
// with no "by" agent has no source. Sentences written for these tests.

describe("a participle phrase on the object", () => {
  it("does not give the act its target", () => {
    expect(triples("{Norland} criticized the observer mission posted to {Estovia}.")).toEqual([["ACCUSE", "norland", null]]);
    expect(triples("{Norland} reaffirmed its support for a fishing accord vetoed by {Estovia} in May.")).toEqual([["SUPPORT", "norland", null]]);
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

describe("a participle phrase on the subject", () => {
  it("does not make its name the subject", () => {
    expect(triples("A statute drafted with him and Senator {Ivo Brandt/person} widened the arms embargo against {Estovia}.")).toEqual([]);
    expect(triples("The act credited to {Ivo Brandt/person} extended the embargo against {Estovia}.")).toEqual([]);
  });

  it("while a finite verb before a name, or a name right before the noun, keeps it", () => {
    expect(triples("{Norland} tightened the embargo against {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("The refusal led to the imposition of {Atlantic League/organization} sanctions on {Estovia}.")).toEqual([["SANCTION", "atlantic-league", "estovia"]]);
    expect(triples("The fighting stopped after {Norland} and {Estovia} agreed a truce.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("A teacher charged on Monday that the {Norland} Interior Ministry had forced him to sign a pledge.")).toEqual([["COERCE", "norland", null]]);
  });
});
