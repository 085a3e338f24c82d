import { describe, expect, it } from "vitest";
import { eventsIn, triples } from "./helpers.js";

// Which acts of political wire news happened: a negation or a denial stops at "and" before a verb
// of its own; an act in an "until" clause of a future, or one that "failed", did not happen; a
// meeting that is a planned trip's purpose is planned with it. Sentences written for these tests.

const rows = (s: string) => eventsIn(s).map((e) => [e.type, e.source, e.target, e.negated]);

describe("a negation or a denial before 'and'", () => {
  it("does not reach a past form after it", () => {
    expect(rows("{Norland}'s news agency denied that any raid had taken place and accused {Estovia} of spreading lies.")).toEqual([["ACCUSE", "norland", "estovia", false]]);
    expect(rows("{Lia Brandt/person} said she would not step down and accused {Estovia} of plotting a coup.")).toEqual([["ACCUSE", "lia-brandt", "estovia", false]]);
    expect(rows("{Norland} would not meet {Estovia} and criticised the plan.")).toEqual([["CONSULT", "norland", "estovia", true], ["ACCUSE", "norland", null, false]]);
  });

  it("still reaches a verb that shares its auxiliary or its clause's actor", () => {
    expect(rows("{Norland} denied that its troops had crossed the border and attacked {Estovia}.")).toEqual([["ASSAULT", "norland", "estovia", true]]);
    expect(rows("{Norland} said it would not attack {Estovia} and invade its towns.")).toEqual([["ASSAULT", "norland", "estovia", true]]);
    expect(rows("{Norland} had not met {Estovia} and signed no deal.").map((r) => r[3])).toEqual([true, true]);
  });
});

describe("an act that did not happen", () => {
  it("is no act in an 'until' clause of a future or a vow, told in the past", () => {
    expect(triples("{Lia Brandt/person} said the raids would continue until {Estovia} accepted the peace plan.")).toEqual([]);
    expect(triples("The rebels said they would not lay down their arms until {Estovia}n forces withdrew from the valley.")).toEqual([]);
  });

  it("is no act when it failed", () => {
    expect(triples("{Norland} struck targets after {Estovia} failed to cooperate with {Dravnik Group/organization} inspectors.").map((r) => r[0])).not.toContain("COOPERATE");
  });

  it("while a past 'until' and a set visit stay", () => {
    expect(triples("{Norland} fought until {Estovia} withdrew its forces.").map((r) => r[0])).toEqual(["ASSAULT", "RETREAT"]);
    expect(triples("{Norland} must hold off until {Lia Brandt/person} visits {Estovia}.")).toEqual([["AGREE", "lia-brandt", "estovia"]]);
  });
});

describe("a meeting that is a trip's purpose", () => {
  it("is planned when the trip is", () => {
    const found = eventsIn("{Orvel Dane/person} said he would travel to Dravnik to meet {Kelmar Front/group} leaders.");
    expect(found.map((e) => [e.type, e.source, e.target])).toEqual([["AGREE", "orvel-dane", "kelmar-front"]]);
    expect(found[0]!.mode).toMatch(/planned/);
    expect(triples("{Orvel Dane/person} will travel to the north to meet {Kelmar Front/group} leaders.").map((r) => r[0])).toEqual(["AGREE"]);
  });
});
