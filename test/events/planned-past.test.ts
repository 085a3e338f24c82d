import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import type { EventRow } from "../../loaders/types.js";
import { marked } from "./helpers.js";

// Sentences written for these tests.
const run = (src: string): EventRow[] => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates);
};

describe("events: a meeting someone 'was to' hold, by an official named in apposition", () => {
  it("'was to meet' is a planned meeting (AGREE), and an office in the apposition makes the person an official", () => {
    expect(run("{Ivo Lask/civilian}, the second-ranking foreign ministry official, was to meet {Ada Brun/person} on Monday.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "ivo-lask", target: "ada-brun", mode: "meeting (planned)" }),
    ]);
  });

  it("an apposition with no office leaves a private person no source", () => {
    expect(run("{Ivo Lask/civilian}, the youngest of four brothers, met {Ada Brun/person} on Monday.")).toEqual([]);
  });
});
