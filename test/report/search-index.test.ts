import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { searchEntries } from "../../build/search-index.js";
import type { Tables } from "../../loaders/types.js";
import { shownTitle } from "../../src/data/lib/lede.js";

// Framework's index options (its search.js): the entries must be found the way its sidebar searches.
const OPTIONS = { fields: ["title", "text", "keywords"], storeFields: ["title"], processTerm: (t: string) => t.slice(0, 15).toLowerCase() };

const actor = (id: string, name: string, aliases: string[], kind = "person"): Tables["actors"][number] =>
  ({ id, name, kind, aliases, country: null, role: null, mentions: 3, articles: 2 }) as Tables["actors"][number];
const article = (id: string, title: string | null, text: string, outlet = "Harbour Gazette"): Tables["articles"][number] =>
  ({ id, file: `${id}.txt`, sha256: "0".repeat(64), title, outlet, url: null, published: "2025-03-04", byline: "Ana Pereira", language: "en", words: 12, text, boilerplate: [] }) as unknown as Tables["articles"][number];

const tables = {
  actors: [actor("maria-oliveira", "Maria Oliveira", ["Ms Oliveira", "M. Oliveira"]), actor("northport", "Northport", ["Port of Northport"], "place")],
  articles: [article("a1", "Pier reopens", "The pier reopened."), article("a2", null, "Ferries returned to the northern quay on Monday morning after the storm.")],
};

describe("search index entries", () => {
  const entries = searchEntries(tables, shownTitle);

  it("one entry per actor and per article, linking to its page", () => {
    expect(entries.map((e) => e.path)).toEqual(["/actors.html?actor=maria-oliveira", "/actors.html?actor=northport", "/sources.html?article=a1", "/sources.html?article=a2"]);
    expect(entries[2]!.title).toBe("Pier reopens");
    expect(entries[3]!.title).toBe("[lede] Ferries returned to the northern quay on Monday…");
  });

  it("an actor is found by an alias it was written as; an article by its outlet or stand-in title", () => {
    const index = new MiniSearch(OPTIONS);
    index.addAll(entries.map((e) => ({ id: e.path, ...e })));
    const top = (q: string) => index.search(q, { boost: { title: 4, keywords: 4 }, fuzzy: 0.15, prefix: true })[0]?.id;
    expect(top("Ms Oliveira")).toBe("/actors.html?actor=maria-oliveira");
    expect(top("Port of Northport")).toBe("/actors.html?actor=northport");
    expect(top("northern quay")).toBe("/sources.html?article=a2");
    expect(index.search("Harbour Gazette").map((r) => r.id).sort()).toEqual(["/sources.html?article=a1", "/sources.html?article=a2"]);
  });
});
