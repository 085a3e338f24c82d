import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Fans of a club act as themselves, not as the club. Sentences written for these tests.

describe("fans of a club", () => {
  it("are not the club", () => {
    expect(triples("Fans of {Halvik United/organization} clashed with police outside the stadium.").filter((r) => r[1] === "halvik-united")).toEqual([]);
  });

  it("while the club's officials act for it", () => {
    expect(triples("Officials of {Norland} met {Estovia} on Friday.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});
