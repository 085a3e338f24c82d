import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a bare word that begins one full name of the article", () => {
  it("is that person (a family name written first, a given name used alone)", () => {
    const r = run("President Park Min-seo will host the summit, her office said. Park's chief of staff briefed reporters.");
    expect(r.actorOf("Park")?.id).toBe(r.byName("Park Min-seo")?.id);
    const t = run("Director-General Abebe Tessema Woldu praised the nurses. \"This is a victory,\" Abebe said.");
    expect(t.actorOf("Abebe")?.name).toBe("Abebe Tessema Woldu");
  });
  it("stays a surname's where a full name ends with it", () => {
    const r = run("Ana Lima met Lima Sousa and Tomas Lima on Monday. Lima said the talks went well.");
    expect(r.actorOf("Lima", "a0")?.name).not.toBe("Lima Sousa");
  });
});

describe("a disease named after a place", () => {
  it("is no place, wherever its name stands alone", () => {
    const r = run("The outbreak of Varnholt virus in the south has ended. Varnholt outbreaks are rare.");
    expect(r.actors.map((a) => a.name)).not.toContain("Varnholt");
  });
});

describe("a centre's name goes on with its subject", () => {
  it("keeps 'Centres for …' whole", () => {
    const r = run("The Velmoran Centres for Disease Control and Prevention praised the nurses.");
    expect(r.actors.filter((a) => a.kind !== "country").map((a) => a.name)).toEqual(["Velmoran Centres for Disease Control and Prevention"]);
  });
});

describe("a word inside one long name of a person", () => {
  it("alone is that person, the name they go by", () => {
    const r = run("Brazil's Tavinho meets investors\n\nPresident Marco Aurelio Tavinho da Costa met investors on Tuesday. Tavinho said the plan would cost 4 billion dollars.");
    expect(r.mentions.filter((m) => m.text === "Tavinho").map((m) => r.actors.find((a) => a.id === m.actor)?.name)).toEqual([
      "Marco Aurelio Tavinho da Costa",
      "Marco Aurelio Tavinho da Costa",
    ]);
  });
});

describe("a surname after a noun of bodies", () => {
  it("is the person named in full with it, not a body", () => {
    const r = run("Tomas Varnholm died on Sunday. The Crisis Mediation Office, the group Varnholm founded in 2000, said he died at home.");
    expect(r.actorOf("Varnholm")?.name).toBe("Tomas Varnholm");
  });
});
