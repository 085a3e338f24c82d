import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a sentence-case headline's first word", () => {
  it("is no organisation for running into the lower-case words after it", () => {
    const r = run("Bank merger approved\n\nRegulators approved the merger of Halvard Bank and Selwyn Trust on Wednesday.");
    expect(r.mentions.map((m) => m.text)).not.toContain("Bank");
    expect(r.actorOf("Halvard Bank")?.kind).toBe("organization");
  });

  it("stays a name where the article writes it alone elsewhere", () => {
    const r = run("Kestrova sales rise\n\nSales at the retailer rose. Analysts said Kestrova had gained market share.");
    expect(r.mentions.map((m) => m.text)).toContain("Kestrova");
  });
});
