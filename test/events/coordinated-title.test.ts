import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "X and navy chief-of-staff Y met": a lower-case title with a modifier, or a hyphened one,
// between "and" and a name still joins the two as a pair. Sentences written for these tests.

describe("a pair whose second member carries a lower-case title", () => {
  it("a hyphened title", () => {
    expect(triples("Trade envoy {Tomas Brel/person} and navy chief-of-staff {Arvo Kask/person} met in the port city.")).toEqual([
      ["CONSULT", "tomas-brel", "arvo-kask"],
    ]);
    expect(triples("Envoy {Tomas Brel/person} and army commander-in-chief {Arvo Kask/person} met in the capital.")).toEqual([
      ["CONSULT", "tomas-brel", "arvo-kask"],
    ]);
  });

  it("a title a lower-case modifier opens", () => {
    expect(triples("{Norland} envoy {Tomas Brel/person} and navy chief {Arvo Kask/person} signed a fisheries accord in the port city.")).toEqual([
      ["SUPPORT", "tomas-brel", "arvo-kask"],
    ]);
  });
});
