import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// A sentence written for this test (not taken from the seed articles or the dev corpora).
describe("where the tagger's names end", () => {
  it("a name ends on its last capitalised word, not on lower-case words or a possessive after it", () => {
    const text = "The Fed's stance on rates surprised traders.";
    const found = run(text).mentions.map((m) => text.slice(m.start, m.end));
    expect(found.some((f) => /stance/.test(f))).toBe(false);
    expect(found.every((f) => !f.endsWith("'s"))).toBe(true);
  });
  it("nor on lower-case words joined by a hyphen", () => {
    const text = "MANILA, Philippines - The Velasco anti-graft court on Tuesday sentenced Rodolfo Maran, the former mayor of San Lazaro, to eight years in prison.";
    const found = run(text).mentions.map((m) => text.slice(m.start, m.end));
    expect(found.some((f) => /graft|court/.test(f))).toBe(false);
    expect(found).toContain("Velasco");
  });
  it("nor on a number after lower-case words, where a number right after the name stays", () => {
    const r = run("The tanker, operated by Varsel Shipping and carrying 2,400 tonnes of fuel, reached the port on Friday.");
    expect(r.mentions.map((m) => m.text)).toContain("Varsel Shipping");
    expect(r.mentions.some((m) => m.text.includes("carrying"))).toBe(false);
  });
  it("nor runs into a quotation opened after it", () => {
    const r = run('Army spokesman Col. Ivo Darsk said troops would retake Varek "within days".');
    expect(r.mentions.some((m) => m.text.includes('"'))).toBe(false);
  });
});

describe("a name's word carrying a prefix glued to a lower-case stem", () => {
  it("is part of the name", () => {
    const r = run("Observers from the Council for Trade and Co-operation of Estovia said the vote was fair.");
    expect(r.mentions.map((m) => m.text)).toContain("Council for Trade and Co-operation of Estovia");
  });
});
