import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "condemned the shelling of its villages by X": who is condemned (or protested against) is the
// doer named after the act noun's "of" phrase, as in "condemned attacks by X". Sentences written for these tests.

describe("the doer of a condemned act named after its patient", () => {
  it("is the condemnation's target", () => {
    expect(triples("{S:Norland} condemned the shelling of its border villages by {T:Estovia}.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(triples("{S:Norland} denounced the arrest of two {M:Norlandic} reporters by {T:Estovian} police.")).toEqual([["ACCUSE", "norland", "estovian"]]);
  });

  it("and the target of a protest against it", () => {
    // a state's own protest is a diplomatic one, an accusation (state-protest.ts)
    expect(triples("{S:Norland} protested the expulsion of its diplomats by {T:Estovia}.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("not past a comma or a clause of its own", () => {
    expect(triples("{S:Norland} condemned the decision of the court, backed by {Estovia}.")).toEqual([["ACCUSE", "norland", null]]);
  });
});
