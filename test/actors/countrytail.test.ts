import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a country's short name after its full name", () => {
  it("is that country, not the neighbour the gazetteer gives the bare form to", () => {
    const r = run("Cases rose in the Democratic Republic of Congo. More than 500 deaths were reported in Congo this year.");
    expect(r.actorOf("Congo")?.country).toBe("COD");
  });

  it("leaves two states whose names share words apart", () => {
    const r = run("Delegates from South Sudan flew home. Sudan said the talks had failed.");
    expect(r.actorOf("Sudan")?.country).toBe("SDN");
    expect(r.actorOf("South Sudan")?.country).toBe("SSD");
  });
});
