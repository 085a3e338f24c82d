import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("acronyms that are common nouns name no actor", () => {
  it.each([
    ["The toolmaker said it would invest heavily in AI next year.", "AI"],
    ["Brindle Foods priced its IPO at $14 a share.", "IPO"],
    ["Quarterly GDP grew 0.4 percent, the Halvard Statistics Office said.", "GDP"],
    ["Sales of EVs rose in Norway.", "EVs"],
    ["The Harwick Grain Board donated 5,000 tonnes of wheat, valued at $1.2 million FOB, to the region.", "FOB"],
  ])("%s", (text, acronym) => {
    const r = run(text);
    expect(r.actorOf(acronym)).toBeUndefined();
  });

  it("keeps acronyms that name organisations or places", () => {
    const r = run("NATO and the EU met in the UK.");
    expect(r.actorOf("NATO")).toBeDefined();
    expect(r.actorOf("EU")).toBeDefined();
    expect(r.actorOf("UK")?.kind).toBe("country");
  });
});

describe("a stock's trading code in brackets", () => {
  it("is no actor, nor its exchange's suffix", () => {
    const names = run("Shares of Veltrix Corp (VTX.N) jumped 14% on Tuesday, while Orvane Inc (NASDAQ: ORVN) fell.").actors.map((a) => a.name);
    expect(names).toContain("Veltrix Corp");
    expect(names).not.toContain("VTX");
    expect(names).not.toContain("N");
    expect(names).not.toContain("ORVN");
  });
  it("leaves a country's short form in brackets", () => {
    expect(run("Ana Lima (U.S) beat Mara Velde (Norland) 6-7 6-3 6-2.").mentions.map((m) => m.text)).toContain("U.S");
  });
});
