import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// The body a report is credited to ("…, the news agency said") is not its act's target.
// Sentences written for these tests.
const events = triples;

describe("a report's credited body", () => {
  it("is no target of the act it reports", () => {
    expect(events("{Norland} shelled the border villages overnight, the {Velmor Press/organization} news agency said.")).toEqual([["ASSAULT", "norland", null]]);
  });

  it("a target named inside the act stays", () => {
    expect(events("{Norland} shelled {Estovia} overnight, the {Velmor Press/organization} news agency said.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

describe("a report's credited body with its kind before it", () => {
  it("is no target either", () => {
    expect(events("{Ana Velik/person} met {Ivo Tamm/person} on Thursday and pledged to deepen trade ties, state broadcaster {Velmor TV/organization} reported.").filter((r) => r[2] === "velmor-tv")).toEqual([]);
  });
});
