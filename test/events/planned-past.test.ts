import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Sentences written for these tests.
const run = eventsIn;

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

describe("events: an office named anywhere in the article", () => {
  it("'party leader X' early makes 'X has agreed' later an official's act", () => {
    const rows = run("{Green Front/group} leader {Ivo Lask/civilian} spoke to reporters for an hour at the party office on Monday. {Ivo Lask/civilian} has agreed to take part in talks in {Varsa/place}.");
    expect(rows).toEqual([expect.objectContaining({ type: "AGREE", source: "ivo-lask" })]);
  });

  it("refusing to specify is withholding information, not a rejection", () => {
    expect(run("Minister {Ada Brun/person} said other options were open, but she refused to specify what they were.").filter((e) => e.type === "REJECT")).toEqual([]);
  });
});
