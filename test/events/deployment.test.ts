import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A state moving its own forces to its border or a region raises them there (MOBILIZE); troops
// sent to another state are help (AID). Sentences written for these tests.
const events = triples;

describe("a deployment of a state's own forces", () => {
  it("to its border or a region is a mobilisation", () => {
    expect(events("{Norland} deployed thousands of troops to the border with {Estovia} on Sunday.")).toEqual([["MOBILIZE", "norland", "estovia"]]);
    expect(events("{Norland} sent 500 soldiers to its northern border.")).toEqual([["MOBILIZE", "norland", null]]);
    expect(events("{Norland} deployed extra police along the frontier.")).toEqual([["MOBILIZE", "norland", null]]);
  });

  it("to the border named by the neighbour's adjective is a mobilisation too", () => {
    expect(events("{Norland} sent 2,000 troops to the Estovian border on Monday.").map(([t]) => t)).toEqual(["MOBILIZE"]);
  });

  it("to another state, or what is not forces, stays help", () => {
    expect(events("{Norland} deployed troops to {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
    expect(events("{Norland} sent troops to help its ally {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
    expect(events("{Norland} sent food aid to the border region.")).toEqual([["AID", "norland", null]]);
  });
});

describe("a state's envoy summoned", () => {
  it("another state's envoy summoned is a diplomatic protest against that state; its own recalled is none", () => {
    expect(events("{Norland} summoned {Estovia}'s ambassador over the border incident.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(events("{Norland} summoned its ambassador to {Estovia} for consultations.")).toEqual([]);
  });
});

describe("forces deployed at home, told as the subject", () => {
  it("'riot police deployed in <its own city>' is a mobilisation", () => {
    expect(triples("{Norland} riot police deployed in the port city of {Varn/place@NLD} on Sunday ahead of an opposition march.")).toEqual([["MOBILIZE", "norland", null]]);
    expect(triples("{Norland}'s riot police deployed in the capital on Monday.")).toEqual([["MOBILIZE", "norland", null]]);
  });

  it("troops deployed in another state stay help to it", () => {
    expect(triples("{S:Norland} troops deployed in {T:Estovia} last month.").map((r) => r[0])).not.toContain("MOBILIZE");
  });
});
