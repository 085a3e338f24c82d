import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "<State> surgeon investigated for fraud": a headline's passive with "was" left out; the state
// names the patient's nationality, not who investigated. Sentences written for these tests.

describe("a passive with its auxiliary left out", () => {
  it("gives the patient's state no act", () => {
    expect(triples("{Norland} dentist investigated for tax fraud.")).toEqual([]);
    expect(triples("{Norland} journalist arrested for spying.")).toEqual([]);
    expect(triples("{Norland} diplomat expelled over spying.")).toEqual([]);
  });

  it("while an active verb keeps its subject", () => {
    expect(triples("{Norland} arrested the envoy for spying.")).toEqual([["COERCE", "norland", null]]);
    expect(triples("{Norland} police arrested an {Estovia}n journalist for spying.")).toEqual([["COERCE", "norland", "estovia"]]);
  });
});
