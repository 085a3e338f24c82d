import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// A name after "<place noun> of", in invented sentences.

describe("a name after 'the <place noun> of' is a place", () => {
  it("whatever the tagger read out of context", () => {
    const r = run("Floods hit the province of Tamaris in southern Velmora on Sunday. The town of Orvelle was cut off.");
    expect(r.actorOf("Tamaris")?.kind).toBe("place");
    expect(r.actorOf("Orvelle")?.kind).toBe("place");
  });

  it("not a name after a noun of another kind", () => {
    const r = run("The director of Harrowgate Films said the studio of Brantwell Pictures would close.");
    expect(r.actorOf("Harrowgate Films")?.kind).not.toBe("place");
  });
});

describe("a name between 'in' and a comma is no person", () => {
  it("'In Port Emery, residents …' is a place", () => {
    const r = run("The storm hit the coast of Marvelle on Tuesday.\n\nIn Port Emmery, residents stacked sandbags. Mayor Tom Okafor said schools would close.");
    expect(r.actorOf("Port Emmery")?.kind).toBe("place");
    expect(r.actorOf("Marvelle")?.kind).toBe("place");
    expect(r.actorOf("Tom Okafor")?.kind).toBe("person");
  });
});

