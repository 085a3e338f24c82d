import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a known place written in capitals (a headline, a dateline)", () => {
  it("is the country, one actor with its name in running text", () => {
    const r = run("TENNIS - PERU BEAT ICELAND IN ZONE TIE.\n\nLIMA 1997-03-02\n\nPeru beat Iceland 3-2 in their zone tie on Sunday, with Tomas Vellard winning both singles.");
    expect(r.actorOf("ICELAND")?.kind).toBe("country");
    expect(r.actorOf("ICELAND")?.id).toBe(r.actorOf("Iceland")?.id);
    expect(r.actorOf("ICELAND")?.name).toBe("Iceland");
  });

  it("a country only ever written in capitals keeps its gazetteer name", () => {
    const r = run("SOCCER - MOLDOVA DRAW IN QUALIFIER.\n\nThe home side drew 1-1 with the visitors on Saturday, Ander Kesslo scoring late.");
    const a = r.actorOf("MOLDOVA");
    expect(a?.kind).toBe("country");
    expect(a?.name).toBe("Moldova");
  });
});

describe("an actor first named in a headline set in capitals", () => {
  it("takes the body's mixed-case spelling", () => {
    const r = run("BASEBALL - JOHN TALLMAN LIFTS HAWKS OVER OWLS.\n\nMajor league strikeout leader John Tallman threw a three-hitter on Tuesday. Tallman struck out nine.");
    expect(r.actorOf("JOHN TALLMAN")?.name).toBe("John Tallman");
  });

  it("an acronym keeps its capitals", () => {
    const r = run("TRADE - KZTU CUTS FORECAST.\n\nThe KZTU said on Monday it cut its forecast.");
    expect(r.actorOf("KZTU")?.name).toBe("KZTU");
  });
});

describe("a capital in a dateline set in capitals", () => {
  it("is the town, whole, not its country", () => {
    const r = run("TRADE - TALKS STALL.\n\nMEXICO CITY 1997-03-02\n\nNegotiators from Vessen Corp and the ministry met on Sunday.");
    expect(r.actorOf("MEXICO CITY")?.kind).toBe("place");
    expect(r.actorOf("MEXICO CITY")?.name).toBe("Mexico City");
  });
});

describe("a dateline town whose name opens on an article", () => {
  it("is the town, before a dash or a date, whatever the tagger read", () => {
    const a = run("Rents rise again\n\nTHE BRONX — Tenants of three blocks said on Monday they would withhold rent.");
    expect(a.actorOf("BRONX")).toMatchObject({ kind: "place", name: "The Bronx" });
    const b = run("Rents rise again\n\nTHE BRONX 1997-03-02\n\nTenants of three blocks said on Monday they would withhold rent.");
    expect(b.actorOf("BRONX")).toMatchObject({ kind: "place", name: "The Bronx" });
  });
});

describe("a town named by its river or region", () => {
  it("is known without it, with its country", () => {
    const r = run("FRANKFURT (Wire) - The central bank said on Monday the economy shrank.");
    expect(r.actorOf("FRANKFURT")?.country).toBe("DEU");
  });
});
