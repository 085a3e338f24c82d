import { describe, expect, it } from "vitest";
import { roleFor } from "../../loaders/actors/lexicon/titles.js";
import { run } from "./helpers.js";

describe("titles of place offices, the bench and short forms", () => {
  it("give their whole title as the role", () => {
    const r = run("Ruling due\n\nOn Monday Chief Justice Alma Reyesta wrote the opinion. Then Deputy Mayor Ana Limova spoke, and Sheriff Tom Dunnaway agreed.");
    expect(r.actorOf("Alma Reyesta")?.role).toBe("Chief Justice");
    expect(r.actorOf("Ana Limova")?.role).toBe("Deputy Mayor");
    expect(r.actorOf("Tom Dunnaway")?.role).toBe("Sheriff");
  });

  it("spell a short title out", () => {
    expect(roleFor("Sen.", null)).toBe("Senator");
    expect(roleFor("Gov.", null)).toBe("Governor");
    expect(roleFor("Lt. Gen.", null)).toBe("Lieutenant General");
  });
});
