import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
describe("an exchange is an organisation, not the city it is named after", () => {
  it("reads a stock exchange by its head word", () => {
    const text = "In Denver Stock Exchange composite trading, Quillfeather shares closed at $5, up 25 cents.";
    const r = run(text);
    expect(r.actorOf("Denver Stock Exchange")?.kind).toBe("organization");
  });
});

describe("an organisation named with 'and' before its head", () => {
  it("keeps the tagger's whole name over the rules' head-word name that stops at 'and'", () => {
    const text = "Officials of the Parks and Wildlife Service said the bears were moved.";
    const r = run(text);
    const found = r.mentions.map((m) => text.slice(m.start, m.end));
    expect(found).toContain("Parks and Wildlife Service");
    expect(found).not.toContain("Wildlife Service");
  });
});

describe("an organisation's leading article", () => {
  it("stays out of the name, as CoNLL writes it", () => {
    const text = "The company also publishes The Harbour Ledger, a weekly, and several trade magazines.";
    const r = run(text);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Harbour Ledger"]);
  });
});

describe("a name ending on an institution's head word", () => {
  it("is a company when the head is a company's line of business", () => {
    const r = run("The deal values Marsh Pharmaceuticals at $2 billion, analysts at Tilden Securities said.");
    expect(r.actorOf("Marsh Pharmaceuticals")?.kind).toBe("organization");
    expect(r.actorOf("Tilden Securities")?.kind).toBe("organization");
  });

  it("is an organisation, never a person, whatever name it opens with", () => {
    const r = run("He later taught at Kenya Law School in Nairobi.");
    const kinds = r.mentions.filter((m) => m.text.endsWith("School")).map((m) => r.actors.find((a) => a.id === m.actor)?.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === "organization")).toBe(true);
  });
});

describe("a company named for its country across 'of'", () => {
  it("keeps the tagger's whole name over the rules' name that starts at the country", () => {
    const text = "Analysts at Northern Trust of Canada Corp. were cautious on Friday.";
    const r = run(text);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Northern Trust of Canada Corp."]);
  });
});

describe("an observatory, a society, a forum, a trust or a campaign", () => {
  it("heads an organisation's name, with its complement", () => {
    const r = run("The Varnian Observatory for Civil Rights, a Tessaly-based monitor, said clashes continued.");
    expect(r.actorOf("Varnian Observatory for Civil Rights")?.kind).toBe("organization");
    expect(r.actors.map((a) => a.name)).not.toContain("Civil Rights");
  });
});

describe("a name headed by a line of business (health, insurance, mining, shipping, media …)", () => {
  it("is an organisation", () => {
    expect(run("Velden Health said on Tuesday it would close three clinics and cut 140 jobs.").actorOf("Velden Health")?.kind).toBe("organization");
    expect(run("Shares of Tarsk Mining rose 4 percent after the results.").actorOf("Tarsk Mining")?.kind).toBe("organization");
    expect(run("Harlow Construction said on Monday it would build the bridge.").actorOf("Harlow Construction")?.kind).toBe("organization");
  });
});
