import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles).
describe("tagger: what is a candidate, and of which kind", () => {
  it("finds titled persons with roles and countries", () => {
    const r = run("Brazilian President Luiz Inacio Lula da Silva met German Foreign Minister Annalena Baerbock in Brasilia on Monday.");
    const lula = r.actorOf("Luiz Inacio Lula da Silva");
    expect(r.byName("Annalena Baerbock")).toMatchObject({ kind: "person", country: "DEU", role: "Foreign Minister of Germany" });
    expect(lula?.kind).toBe("person");
    expect(r.actorOf("Brasilia")?.kind).toBe("place");
  });

  it("reads an organisation title before a name", () => {
    const r = run("UN Secretary-General Antonio Guterres called for a ceasefire.");
    expect(r.byName("Antonio Guterres")).toMatchObject({ kind: "person", role: "Secretary General of the United Nations" });
    expect(r.actorOf("UN")?.name).toBe("United Nations");
  });

  it("excludes the possessive from a country's offsets", () => {
    const text = "Poland’s government and Hungary's prime minister disagreed.";
    const r = run(text);
    const pl = r.mentions.find((m) => m.actor === "poland")!;
    expect(text.slice(pl.start, pl.end)).toBe("Poland");
    expect(r.actorOf("Hungary")?.kind).toBe("country");
  });

  it("tags organisations by their head word, including ministries, parties, companies and clubs", () => {
    const r = run(
      "The Indian Ministry of External Affairs said the Bharatiya Janata Party would respond. Shares of Tata Motors rose, and Manchester United beat Real Madrid Club.",
    );
    expect(r.actorOf("Indian Ministry of External Affairs")?.kind).toBe("organization");
    expect(r.actorOf("Indian Ministry of External Affairs")?.country).toBe("IND");
    expect(r.actorOf("Bharatiya Janata Party")?.kind).toBe("organization");
    expect(r.actorOf("Tata Motors")?.kind).toBe("organization");
    expect(r.actorOf("Manchester United")?.kind).toBe("organization");
  });

  it("knows acronyms of bodies and news agencies, and an outlet named beside its kind", () => {
    const r = run("The EU and the IAEA were briefed, Reuters reported, citing the newspaper Kathimerini.");
    expect(r.actorOf("EU")?.name).toBe("European Union");
    expect(r.actorOf("IAEA")?.kind).toBe("organization");
    expect(r.actorOf("Reuters")?.kind).toBe("organization");
    expect(r.actorOf("Kathimerini")?.kind).toBe("organization");
  });

  it("reads a political coalition named beside its kind as an organisation", () => {
    const r = run("Argentine President Tomas Vela's party beat the Peronist coalition Fuerza Unida on Sunday.");
    expect(r.actorOf("Fuerza Unida")?.kind).toBe("organization");
  });

  it("turns a demonym acting as a state into the country, and a demonym modifier into nothing", () => {
    const r = run("Vietnamese and Philippine officials protested. The Vietnamese coffee was good.");
    expect(r.actorOf("Vietnamese")?.name).toBe("Vietnam");
    expect(r.actorOf("Philippine")?.name).toBe("Philippines");
    expect(r.mentions.filter((m) => m.actor === "vietnam")).toHaveLength(1);
    expect(r.byName("Vietnam")?.aliases).toEqual([]);
  });

  it("a demonym before a state's weapons is the state acting; before other things it is nothing", () => {
    const r = run("Iranian drones struck the depot, and Israeli air defences intercepted them. Iranian carpets sold well.");
    expect(r.actorOf("Iranian")?.name).toBe("Iran");
    expect(r.actorOf("Israeli")?.name).toBe("Israel");
    expect(r.mentions.filter((m) => m.actor === "iran")).toHaveLength(1);
  });

  it("a demonym before a state's unnamed organ is the state acting: police, foreign ministry, embassy", () => {
    const r = run("Peruvian police arrested four men. The Chilean foreign ministry protested, and the Bolivian embassy said nothing. Peruvian food is famous.");
    expect(r.actorOf("Peruvian")?.name).toBe("Peru");
    expect(r.actorOf("Chilean")?.name).toBe("Chile");
    expect(r.actorOf("Bolivian")?.name).toBe("Bolivia");
    expect(r.mentions.filter((m) => m.actor === "peru")).toHaveLength(1);
  });

  it("a demonym before a state's envoy is the state: ambassador, diplomat", () => {
    const r = run("Peru expelled the Chilean ambassador on Monday. Peru also expelled a Uruguayan diplomat.");
    expect(r.actorOf("Chilean")?.name).toBe("Chile");
    expect(r.actorOf("Uruguayan")?.name).toBe("Uruguay");
  });

  it("a company suffix keeps its full stop: 'Harbor Freight Corp.'", () => {
    const r = run("Shares of Harbor Freight Corp. rose 3 percent on Monday.");
    expect(r.actorOf("Harbor Freight Corp.")?.kind).toBe("organization");
    expect(r.mentions.map((m) => m.text)).not.toContain("Harbor Freight Corp");
  });

  it("names a country's armed forces from a demonym and a service word", () => {
    const r = run("The Polish army and the Polish armed forces are one; the Polish Navy is another.");
    expect(r.actorOf("Polish army")?.name).toBe("Armed Forces of Poland");
    expect(r.actorOf("Polish armed forces")?.name).toBe("Armed Forces of Poland");
    expect(r.actorOf("Polish Navy")?.name).toBe("Polish Navy");
  });

  it("makes 'X region' a place and keeps a known region's own name", () => {
    const r = run("Shelling hit the Kharkiv region and the Zaporizhzhia border region, and villages in the Tambov district.");
    expect(r.actorOf("Tambov district")).toMatchObject({ kind: "place", name: "Tambov district" });
    expect(r.actorOf("Zaporizhzhia border region")?.name).toBe("Zaporizhzhia");
  });

  it("ignores capitalised words that start a sentence, and title-case headlines", () => {
    const r = run("Meanwhile, talks stalled.\nHigh Hopes Fade As Talks Stall In Geneva Summit\nAccording to Mr Ruiz, nothing changed.");
    expect(r.actors.map((a) => a.name).sort()).toEqual(["Geneva", "Ruiz"]);
  });

  it("does not take a city that is also a first name out of a person's name", () => {
    const r = run("Opposition leader Vladimir Kara-Murza spoke to reporters.");
    expect(r.actors.map((a) => a.kind)).toEqual(["person"]);
  });

  it("finds a known multi-word name written in lower case", () => {
    const r = run("The ministers of the so-called coalition of the willing met again.");
    expect(r.actorOf("coalition of the willing")?.kind).toBe("group");
  });
});
