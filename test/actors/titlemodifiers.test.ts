import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a word that opens multi-word offices, before a title", () => {
  it("is part of the title, and the state before it the office's", () => {
    const r = run("Talks resume\n\nChinese Vice Premier Hu Lanfeng arrived in Tarsk on Monday.");
    expect(r.actorOf("Hu Lanfeng")?.role).toBe("Vice Premier of China");
    const s = run("Talks resume\n\nU.S. Trade Representative Karen Tallis arrived in Tarsk on Monday.");
    expect(s.actorOf("Karen Tallis")?.role).toBe("Trade Representative of the United States");
  });

  it("is no name of its own", () => {
    const r = run("Talks resume\n\nTrade Representative Karen Tallis spoke to reporters in Tarsk.");
    expect(r.actors.map((a) => a.name)).not.toContain("Trade");
  });

  it("leaves an organisation before the title its own", () => {
    const r = run("Results\n\nOrvel Bank Governor Ana Limova spoke to reporters in Tarsk.");
    expect(r.actorOf("Ana Limova")?.role).toBe("Governor of Orvel Bank");
  });
});

describe("names written as one word with an inner capital", () => {
  it("are organisations", () => {
    const r = run("Results\n\nQuantelAI, which relies on leased chips, declined to comment on Monday.");
    expect(r.byName("QuantelAI")?.kind).toBe("organization");
  });
  it("unless a family-name prefix makes them a person's", () => {
    const r = run("Vote\n\nMcAllister said he would resign on Monday, aides said.");
    expect(r.byName("McAllister")?.kind).not.toBe("organization");
  });
});

describe("a capital inside a longer name of separate words", () => {
  it("is no government", () => {
    const r = run("Markets\n\nAnalysts at Harper Canberra estimated the cost at $3 billion.");
    expect(r.actors.map((a) => a.name)).not.toContain("Australia");
  });
});
