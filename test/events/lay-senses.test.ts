import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Senses of trigger words in news outside politics. Sentences written for these tests.

describe("a trigger read in a lay sense", () => {
  it("finds the month, not a march, at a gapped protest pattern's end", () => {
    expect(triples("President {Ivo Tamm/person} called a snap election for March.")).toEqual([]);
    expect(triples("The unions of {Norland} called a march against {Estovia}.").map((r) => r[0])).toEqual(["PROTEST"]);
  });

  it("finds a spacecraft in a probe sent to the Moon or into orbit", () => {
    expect(triples("{Norland}'s space agency launched a probe to the Moon on Friday.")).toEqual([]);
    expect(triples("{Norland} launched a probe into orbit.")).toEqual([]);
    expect(triples("{Norland} launched a probe into {Estovia}'s arms sales.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });

  it("finds extortion in a ransom demanded", () => {
    expect(triples("The {Gorsekin/group} demanded a ransom of two million dollars from {Norland}.")).toEqual([]);
    expect(triples("The {Gorsekin/group} demanded the release of prisoners from {Norland}.").map((r) => r[0])).toEqual(["REQUEST"]);
  });

  it("finds no one accused in a result blamed on the economy", () => {
    expect(triples("Party chairman {Ivo Tamm/person} blamed the defeat on the economy.")).toEqual([]);
    expect(triples("{Ivo Tamm/person} blamed the defeat on {Estovia}.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });

  it("finds advice to the public in people warned to stay indoors", () => {
    expect(triples("Authorities in {Norland} warned people to stay indoors.")).toEqual([]);
    expect(triples("{Norland} warned {Estovia} to stay out of the dispute.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });

  it("finds a forecast about things in a warning that names no actor", () => {
    expect(triples("Governor {Ivo Tamm/person} warned that further increases could follow if prices kept rising.")).toEqual([]);
    expect(triples("{Norland} warned that {Estovia}'s dam would ruin the delta.").map((r) => r[0])).toEqual(["ACCUSE"]);
    expect(triples("{Norland} warned that such a step would end the talks.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });

  it("finds an employer's terms in a pay rise offered to its own staff", () => {
    expect(triples("The {Keldair Group/organization} offered its pilots a pay rise of 7 percent.")).toEqual([]);
  });

  it("finds a domestic step in a vote or a tax break promised", () => {
    expect(triples("Party leader {Ivo Tamm/person} promised to hold a referendum on a new bridge.")).toEqual([]);
    expect(triples("The government of {Norland} promised tax breaks for the new plant.")).toEqual([]);
    expect(triples("{Norland} pledged to hold a referendum on ties with {Estovia}.").map((r) => r[0])).toEqual(["AGREE"]);
  });

  it("finds praise of one's own in scientists congratulated", () => {
    expect(triples("Prime Minister {Ivo Tamm/person} congratulated the scientists.")).toEqual([]);
    expect(triples("Prime Minister {Ivo Tamm/person} congratulated {Estovia} on its election.").map((r) => r[0])).toEqual(["SUPPORT"]);
  });
});
