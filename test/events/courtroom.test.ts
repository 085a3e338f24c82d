import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A criminal case's steps are no acts between political actors: a prison term asked for, a court
// asked to convict, acquittal called for, a plea agreed, bribes or cash accepted, a convict barred
// from office. Sentences written for these tests.

describe("a step of a criminal case", () => {
  it("is no request when a penalty or a verdict is asked for", () => {
    expect(triples("Prosecutors had asked for a prison term of nine years for {Ivo Tamm/person}.")).toEqual([]);
    expect(triples("Prosecutor {Lia Brandt/person} asked the court to sentence the smuggler to life in prison.")).toEqual([]);
    expect(triples("The defence of {Ivo Tamm/person} called for his acquittal.")).toEqual([]);
  });

  it("is no agreement when a plea is agreed or money accepted", () => {
    expect(triples("Former minister {Ivo Tamm/person} agreed on Monday to plead guilty to fraud.")).toEqual([]);
    expect(triples("The court found that {Ivo Tamm/person} had accepted more than 300,000 crowns in cash.")).toEqual([]);
    expect(triples("The court found that {Ivo Tamm/person} had accepted bribes from builders.")).toEqual([]);
  });

  it("is no sanction when a convict is barred from office", () => {
    expect(triples("{Norland} banned {Ivo Tamm/person} from holding public office for ten years.")).toEqual([]);
  });

  it("while requests, agreements and bans between actors stay", () => {
    expect(triples("{Norland} asked for the release of {Ivo Tamm/person}.")).toEqual([["REQUEST", "norland", "ivo-tamm"]]);
    expect(triples("{Norland} asked the court to order {Estovia} to halt the dam.").map((r) => r[0])).toEqual(["REQUEST"]);
    expect(triples("{Norland} agreed to hold talks with {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} accepted an offer of mediation from {Estovia}.").map((r) => r[0])).toEqual(["AGREE"]);
    expect(triples("{Norland} accepted 200 million crowns from {Estovia}.").map((r) => r[0])).toEqual(["AGREE"]);
  });
});
