import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a company's legal form after its name", () => {
  it("belongs to the name and makes it a company's", () => {
    const r = run("Merger agreed\n\nVaro Petroleos S.A. and Orvel Kessing N.V. agreed to merge, the companies said.");
    expect(r.actorOf("Varo Petroleos S.A.")?.kind).toBe("organization");
    expect(r.actorOf("Orvel Kessing N.V.")?.kind).toBe("organization");
    expect(r.mentions.some((m) => m.text === "S.A." || m.text === "Varo Petroleos")).toBe(false);
  });
});
