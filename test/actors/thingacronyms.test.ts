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
