import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Sentences written for these tests.
describe("workers at a body", () => {
  it("walk out as themselves, not as the body", () => {
    expect(triples("Most trains were cancelled on Friday as workers at state rail operator {Velo Rail/organization} walked out in a dispute over pay.").filter((r) => r[1] === "velo-rail")).toEqual([]);
  });
  it("while a body's officials act for it", () => {
    expect(triples("Officials of {Norland} met {Estovia} on Friday.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});
