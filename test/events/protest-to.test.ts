import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "protested to Estovia" is a diplomatic protest; "students protested to demand …" a demonstration
// whose "to" opens an infinitive of purpose. Sentences written for these tests.

describe("a protest addressed 'to' someone", () => {
  it("is a diplomatic protest to the addressee", () => {
    expect(triples("{Norland} protests to {Estovia} over border firing.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(triples("{Norland} protested to the {Estovia} embassy over the shooting.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("before an infinitive it stays a demonstration", () => {
    expect(triples("{Norland} students protested to demand the release of {Ivo Tamm/person}.").map((r) => r[0])).toEqual(["PROTEST"]);
  });
});
