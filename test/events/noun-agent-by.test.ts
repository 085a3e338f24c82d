import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A noun act whose doer is named after it with "by" ("a visit to X by Y"): that doer is its
// source, and the act is told in full even inside a speech act's clause. Sentences written for these tests.
const events = triples;

describe("a noun's agent after 'by'", () => {
  it("beats the clause's subject before the noun", () => {
    expect(events("{Norland} welcomed a visit by {Ivo Tamm/person} to {Ruritania}.")).toEqual([["CONSULT", "ivo-tamm", "ruritania"]]);
  });

  it("may follow the noun's own target phrase", () => {
    expect(events("{Norland} welcomed a visit to {Ruritania} by {Ivo Tamm/person}.")).toEqual([["CONSULT", "ivo-tamm", "ruritania"]]);
  });

  it("is an act of its own inside a speech act's clause", () => {
    expect(events("{Norland} accused {Estovia} of harming the talks through a visit to {Ruritania} by {Ivo Tamm/person} last week.")).toEqual([
      ["ACCUSE", "norland", "estovia"],
      ["CONSULT", "ivo-tamm", "ruritania"],
    ]);
    expect(events("{Norland} condemned the attack on {Ruritania} by {Estovia} on Monday.")).toEqual([
      ["ACCUSE", "norland", null],
      ["ASSAULT", "estovia", "ruritania"],
    ]);
  });

  it("only a name right after 'by': a name further on is no agent", () => {
    expect(events("{Ivo Tamm/person} spoke at a rally by dock workers outside {Norland}'s parliament to demand the release of {Ana Lopez/person}.").map((r) => r[1])).not.toContain("norland");
  });
});

describe("a noun of intent with its agent before a verb's 'to'", () => {
  it("the verb's subject is the intent's agent", () => {
    expect(events("Relations cooled over plans by a {Norland} defence chief to visit {Estovia} in May.")).toEqual([["AGREE", "norland", "estovia"]]);
  });

  it("not without 'by' right before the agent", () => {
    expect(events("The plan, drafted in {Norland}, was to visit {Estovia} in May.")).toEqual([]);
  });
});

describe("the doer of a condemned act", () => {
  it("is who is condemned", () => {
    expect(events("{Ruritania} condemned attacks by {Norland}'s army on the border.")).toEqual([["ACCUSE", "ruritania", "norland"]]);
    expect(events("{Ruritania} condemned the recent shelling by {Norland} troops.")).toEqual([["ACCUSE", "ruritania", "norland"]]);
  });

  it("a state's troops or army after a possessive are the state's, unlike its relatives", () => {
    expect(events("{Ruritania} said an attack by {Norland}'s troops on {Estovia} killed four.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});
