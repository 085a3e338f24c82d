import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
describe("a name headed by a geographical noun is a place", () => {
  it("reads 'Port of …' and 'Straits of …' as places, not organisations", () => {
    const r = run("Protesters cut off access to the Port of Marlowe on Sunday. Refugees are often rescued from the Straits of Velmont, the coast guard said.");
    expect(r.actorOf("Port of Marlowe")?.kind).toBe("place");
    expect(r.actorOf("Straits of Velmont")?.kind).toBe("place");
  });

  it("a city the gazetteer knows inside such a place is part of it", () => {
    const text = "Dockers blocked the gates of the Port of Lisbon for a second day.";
    const r = run(text);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Port of Lisbon"]);
  });
});
