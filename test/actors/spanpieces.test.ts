import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a dateline without an agency", () => {
  it("keeps its date and dash out of the story's first name", () => {
    const r = run("Harbour City beat Westfold\n\nCARVILLE, Dec 6 - Harbour City moved to the top of the league on Saturday after a win over Westfold.");
    expect(r.mentions.map((m) => m.text)).not.toContain("Dec 6 - Harbour City");
    expect(r.mentions.filter((m) => m.text === "Harbour City")).toHaveLength(2);
  });

  it("gives the piece after the dash the type its words have elsewhere in the article", () => {
    const r = run("Harbour City beat Westfold\n\nCARVILLE, Dec 6 - Harbour City moved to the top of the league on Saturday after a win over Westfold.");
    expect(r.mentions.filter((m) => m.text === "Harbour City")).toHaveLength(2);
    expect(new Set(r.mentions.filter((m) => m.text === "Harbour City").map((m) => m.actor)).size).toBe(1);
    expect(r.actorOf("Harbour City")?.kind).toBe("organization");
  });
});

describe("a dateline town of two words in capitals", () => {
  it("is one place before the dateline's dash or before its state", () => {
    const a = run("Budget passes\n\nMERRIN FALLS, Ont. — Mayor Ada Voss defended the budget on Wednesday as the council voted.");
    expect(a.actorOf("MERRIN FALLS")?.kind).toBe("place");
    expect(a.actors.map((x) => x.name)).not.toContain("MERRIN");
    const b = run("Ship runs aground\n\nPORT CADDEL — A container ship ran aground on a sandbank early on Sunday, the coast guard said.");
    expect(b.actorOf("PORT CADDEL")?.kind).toBe("place");
  });
});

describe("a name of two words or more ending on a possessive", () => {
  it("is the owner's name", () => {
    const r = run("The ruling leaves Tom Vance as the National Renewal's likely candidate in the election.");
    expect(r.mentions.map((m) => m.text)).toContain("National Renewal");
    expect(r.mentions.map((m) => m.text)).not.toContain("National Renewal's");
  });
});

describe("a word alone at a sentence's start that opens an organisation's longer name elsewhere", () => {
  it("is an organisation", () => {
    const r = run("Orvane to invest $5 billion in Tessaly\n\nOrvane will invest $5 billion over five years in Tessaly, the company said. Orvane Cloud chief Tom Vance said the hub would open soon.");
    const bare = r.mentions.filter((m) => m.text === "Orvane");
    expect(bare).toHaveLength(2);
    expect(r.actorOf("Orvane")?.kind).toBe("organization");
  });
});

describe("a name whose first word opens a sentence", () => {
  it("keeps that word where the article names the whole elsewhere", () => {
    const r = run("Amnesty Watch accuses Tessaly police of abuses\n\nTESSALY, Nov 30 - Amnesty Watch on Monday accused police in Tessaly of beating protesters.");
    expect(r.mentions.filter((m) => m.text === "Amnesty Watch")).toHaveLength(2);
    expect(r.actors.map((a) => a.name)).not.toContain("Watch");
  });
});

describe("a market's index", () => {
  it("is no actor, nor is the town its name opens with", () => {
    const r = run("The peso fell 1% and the Varnholm Composite Index dropped 1.3%. The Harbour Industrial Average rose.");
    expect(r.actors).toEqual([]);
  });
  it("nor when its words are written in lower case after the name", () => {
    const r = run("Norland's Tarvex share average fell 2.1% on Wednesday, and the Velmora composite index rose.");
    expect(r.actors.map((a) => a.name)).not.toContain("Tarvex");
    expect(r.actors.map((a) => a.name)).not.toContain("Velmora");
  });
});

describe("the town a dateline names, written alone elsewhere in the article", () => {
  it("is that place, one actor with the name as the article writes it", () => {
    const r = run("Protesters clash with police in Tarvos\n\nTARVOS — Thousands of protesters clashed with police on Saturday. The lender agreed a $3 billion loan with Tarvos last year.");
    const ids = new Set(r.mentions.filter((m) => m.text.toUpperCase() === "TARVOS").map((m) => m.actor));
    expect(ids.size).toBe(1);
    expect(r.actorOf("Tarvos")?.kind).toBe("place");
    expect(r.actorOf("Tarvos")?.name).toBe("Tarvos");
  });
});

describe("a dateline's town in capitals before its state, written nowhere else", () => {
  it("is named in title case", () => {
    const r = run("Board bans phones\n\nORVELTON, S.C. — The county school board voted 9-3 on Tuesday to ban phones in its schools.");
    expect(r.actorOf("ORVELTON")?.name).toBe("Orvelton");
  });
});
