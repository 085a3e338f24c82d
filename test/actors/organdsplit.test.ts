import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("two firms joined by 'and'", () => {
  it("are two organisations, each ending on its head", () => {
    const r = run("Merger agreed\n\nDorvane Shipping and Orvel Pharmaceuticals merged.");
    expect(r.actorOf("Dorvane Shipping")?.kind).toBe("organization");
    expect(r.actorOf("Orvel Pharmaceuticals")?.kind).toBe("organization");
    expect(r.mentions.some((m) => m.text.includes(" and "))).toBe(false);
  });

  it("a name with an ordinary word after 'and' stays one", () => {
    const r = run("Bank sold\n\nThe Kessling Farmers Bank and Trust Company was sold on Monday.");
    expect(r.mentions.some((m) => m.text === "Trust Company")).toBe(false);
  });
});
