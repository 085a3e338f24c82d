import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a weather system's name", () => {
  it("is no actor after its noun, nor alone later in the article", () => {
    const r = run("Tropical Storm Varla knocked out power to 200,000 homes on Thursday. Forecasters said Varla would weaken as it moved inland.");
    expect(r.actors).toEqual([]);
  });

  it("leaves a person whose given name the system shares", () => {
    const r = run("Hurricane Varla hit the coast on Monday. Varla Tessin, the town's mayor, said the shelters were full.");
    expect(r.actors.map((a) => a.name)).toEqual(["Varla Tessin"]);
  });
});
