import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name between places of a list", () => {
  it("is a place, whatever the tagger read it as", () => {
    expect(run("He mediated peace deals in Namibia, Orvane and Kosovo.").actorOf("Orvane")?.kind).toBe("place");
    expect(run("He mediated peace deals in Namibia, Ardenna and Kosovo.").actorOf("Ardenna")?.kind).toBe("place");
  });

  it("leaves a name outside a list alone", () => {
    expect(run("Orvane said on Monday it would cut jobs in Namibia.").actorOf("Orvane")?.kind).not.toBe("place");
  });
});

describe("a list of places after a preposition of place", () => {
  it("ends on a town the gazetteer knows, whatever the tagger read it as", () => {
    expect(run("Commuters in Lisbon and Porto crowded onto buses on Friday.").actorOf("Porto")?.kind).toBe("place");
  });
  it("holds two places where the tagger read one organisation across its last and", () => {
    const r = run("The ministry reported 412 new measles cases in West Kalvar, Central Kalvar and Banten over the past month.");
    expect(r.actorOf("Central Kalvar")?.kind).toBe("place");
    expect(r.actorOf("Banten")?.kind).toBe("place");
  });
});
