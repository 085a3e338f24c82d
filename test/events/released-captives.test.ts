import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// Captives released are given back to the state their demonym names. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const withState = (text: string, name: string, iso: string) => withCountry(marked(text), name, iso);

describe("released captives named by a demonym", () => {
  it("name the state they are released to", () => {
    expect(run(withState("{Norland} freed three Armenian prisoners of war on Tuesday.", "Armenia", "ARM"))).toEqual([["CONCEDE", "norland", "armenia"]]);
  });

  it("not private persons other than captives", () => {
    expect(run(withState("{Norland} released two Armenian journalists.", "Armenia", "ARM"))).toEqual([["CONCEDE", "norland", null]]);
  });
});
