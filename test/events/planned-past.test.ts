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

describe("events: the purpose of a trip", () => {
  it("'left X for Y to hold talks with Z' is a planned meeting", () => {
    expect(run("Prime Minister {Ada Brun/person} left {Varsa/place} on Thursday for the town of {Tollin/place} to hold talks with President {Ivo Lask/person}.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "ada-brun", target: "ivo-lask", mode: "talks (planned)" }),
    ]);
    expect(run("{Ada Brun/person} flew to {Varsa/place} on Monday to meet {Ivo Lask/person}.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "ada-brun", target: "ivo-lask" }),
    ]);
  });

  it("a trip and a meeting told as done stay a meeting", () => {
    expect(run("{Ada Brun/person} flew to {Varsa/place} and met {Ivo Lask/person}.")).toEqual([
      expect.objectContaining({ type: "CONSULT", source: "ada-brun", target: "ivo-lask" }),
    ]);
  });
});
