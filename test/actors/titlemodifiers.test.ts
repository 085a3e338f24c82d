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

describe("a state's possessive before a title", () => {
  it("is the office's state", () => {
    const r = run("Talks resume\n\nPeru's Foreign Minister Ana Limova arrived in Tarsk on Monday.");
    expect(r.actorOf("Ana Limova")?.role).toBe("Foreign Minister of Peru");
    expect(r.actorOf("Ana Limova")?.country).toBe("PER");
    const s = run("Talks resume\n\nPeru's Mining Minister Ana Limova arrived in Tarsk on Monday.");
    expect(s.actorOf("Ana Limova")?.country).toBe("PER");
  });
});

describe("a people's adjective before a title the tagger read into an organisation", () => {
  it("is no organisation", () => {
    const r = run("Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro signed the pact in Manila.");
    expect(r.actors.filter((a) => a.kind === "organization")).toEqual([]);
    expect(r.actorOf("Gilberto Teodoro")?.role).toBe("Defence Secretary of the Philippines");
  });
});
