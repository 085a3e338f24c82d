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

  it("reads a building or a county named for a person as a place, but not a person whose surname is such a word", () => {
    const r = run("Visitors queued outside the Tomas Vell Library on Monday. The concert at the Marta Orsini Theater was sold out. Voters in Kenwick County waited for hours. Minister Alan Hall said nothing.");
    expect(r.actorOf("Tomas Vell Library")?.kind).toBe("place");
    expect(r.actorOf("Marta Orsini Theater")?.kind).toBe("place");
    expect(r.actorOf("Kenwick County")?.kind).toBe("place");
    expect(r.actorOf("Alan Hall")?.kind).toBe("person");
  });

  it("reads shoals, reefs and dams as places", () => {
    const r = run("Two patrol boats collided near the Kessel Shoal on Friday. Divers surveyed the Marren Reef. Engineers inspected the Tolvik Dam.");
    expect(r.actorOf("Kessel Shoal")?.kind).toBe("place");
    expect(r.actorOf("Marren Reef")?.kind).toBe("place");
    expect(r.actorOf("Tolvik Dam")?.kind).toBe("place");
  });
});

describe("a district the tagger read as miscellaneous", () => {
  it("is a place by its head", () => {
    expect(run("A jury in Cook County found a former Chicago police officer guilty on Friday.").actorOf("Cook County")?.kind).toBe("place");
  });
});
