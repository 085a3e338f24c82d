import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// An appeal to the public (customers, residents, passengers, parents) to do something is advice
// or a firm's notice, addressed to no actor. Sentences written for these tests.

describe("an appeal to the public", () => {
  it("is no request between actors", () => {
    expect(triples("{Kelvra Systems/organization} urged customers to install the update as soon as possible.")).toEqual([]);
    expect(triples("Mayor {Ruth Ostrand/person} called on residents to stay indoors.")).toEqual([]);
    expect(triples("{Norland}'s health ministry urged parents not to send sick children to school.")).toEqual([]);
    expect(triples("The {Halvik Port Authority/organization} asked passengers to arrive two hours early.")).toEqual([]);
  });

  it("while an appeal to an actor, or to people to act politically, stays a request", () => {
    expect(triples("{Norland} urged {Estovia} to return to talks.")).toEqual([["REQUEST", "norland", "estovia"]]);
    expect(triples("Minister {Bela Voss/person} urged the {Transport Workers Union/organization} to return to talks.")).toEqual([["REQUEST", "bela-voss", "transport-workers-union"]]);
  });
});
