import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// Clause readings that widen what the events stage finds on unseen news, each with the
// case it must not over-read. Sentences and names written for these tests.
const run = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates);
};
const events = (src: string) => run(src).map((e) => [e.type, e.source, e.target]);

describe("a name qualifying a crowd of private people", () => {
  it("is not the body or state acting", () => {
    expect(events("About 40 {Nordair/organization} workers denounced {Chile} on Monday.")).toEqual([]);
    expect(events("{Chilean} exiles denounced {Peru} on Monday.")).toEqual([]);
    expect(events("{Nordair/organization} denounced {Chile} on Monday.")).toEqual([["ACCUSE", "nordair", "chile"]]);
  });
});
