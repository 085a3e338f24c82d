import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A cooperative act named as the object of a verb that stopped it has not taken place, and the
// one who stopped it is no party to it. Sentences written for these tests.

describe("a cooperative act stopped", () => {
  it("is no act of the one who stopped it", () => {
    expect(triples("The {Norland High Court/organization} suspended the deployment of {Norland}'s police to {Estovia} on Friday.").filter((r) => r[0] === "AID")).toEqual([]);
    expect(triples("The {Velo Senate/organization} blocked the transfer of arms to {Estovia}.").filter((r) => r[0] === "AID")).toEqual([]);
  });

  it("while a deployment told as done stays one", () => {
    expect(triples("{Norland} completed the deployment of police to {Estovia} on Friday.").map((r) => r[0])).toEqual(["AID"]);
  });
});

describe("talks boycotted", () => {
  it("are not held with the boycotting side", () => {
    expect(triples("{Norland} boycotted the summit with {Estovia}.").map((r) => r[0])).not.toContain("CONSULT");
  });
});
