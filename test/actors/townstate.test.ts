import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const named = (text: string) => {
  const r = run(text);
  return r.mentions.map((m) => `${text.slice(m.start, m.end)}|${r.actors.find((a) => a.id === m.actor)?.kind}`);
};

describe("a town before a comma and an abbreviated US state", () => {
  it("is a place, whatever the tagger read it as, in a dateline or a sentence", () => {
    const found = named("RIVERTON, N.Y. (AP) -- A judge ruled on Friday. Halden, Mass.-based Quorvath makes tools. The Van Holt, Calif., thrift posted a profit of $2 million.");
    expect(found).toContain("RIVERTON|place");
    expect(found).toContain("Halden|place");
    expect(found).toContain("Van Holt|place");
    expect(found).toContain("Calif.|place");
  });
});

describe("a dateline's town before its region or country written out", () => {
  it("is a place, however the tagger read its capitals", () => {
    const r = run("Rocket explodes\n\nBOCA VERDE, Texas — The rocket exploded minutes after launch on Thursday.");
    expect(r.actorOf("BOCA VERDE")?.kind).toBe("place");
    expect(r.actorOf("Texas")?.kind).toBe("place");
  });

  it("is read only at a paragraph's start", () => {
    const r = run("The firm moved from Boca Verde, Texas — where it began — to Ohio.");
    expect(r.actorOf("Boca Verde")?.kind).not.toBe("organization");
  });
});
