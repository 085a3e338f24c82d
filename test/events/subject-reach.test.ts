import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Subjects found past a fronted phrase or a comma, and an office read from a body named as the person's
// (sentences written for these tests).
const run = eventsIn;

describe("events: subjects across fronted phrases and commas", () => {
  it("'A former judge with …, X was able to arrange a truce': X", () => {
    expect(run("A soft-spoken former judge with a taste for long walks, {Ada Vell/person} was able to arrange a truce along the river.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "ada-vell" }),
    ]);
  });

  it("'He flew home on Friday, pledging …': the participle is the last person's", () => {
    expect(run("{Ada Vell/person} spoke to {Norland}. He flew home on Friday, pledging to sign a settlement with {Sudovia}.").filter((e) => e.type === "AGREE")).toEqual([
      expect.objectContaining({ source: "ada-vell" }),
    ]);
  });

  it("a person with no title is capable when a body is named as theirs ('Vell's Defence Council')", () => {
    const src = "{Ada Vell/civilian} met {Ivo Tamm/person} on Monday, according to {Ada Vell/civilian}'s Defence Council.";
    expect(run(src)).toEqual([expect.objectContaining({ type: "CONSULT", source: "ada-vell", target: "ivo-tamm" })]);
    expect(run("{Ada Vell/civilian} met {Ivo Tamm/person} on Monday after {Ada Vell/civilian}'s birthday party.")).toEqual([]);
  });

  it("'fierce fighting broke out' is a noun subject, no act of the speaker; 'provided for' stipulates", () => {
    expect(run("The {Freedom Front/organization} said fierce fighting broke out on Sunday.")).toEqual([]);
    expect(run("{Norland} said the accord provided for the withdrawal of troops.")).toEqual([]);
    expect(run("{Norland} provided {Sudovia} with food.")).toEqual([expect.objectContaining({ type: "AID", source: "norland", target: "sudovia" })]);
  });

  it("'X, who is due back on Friday, will also meet Y': the verb past a closed relative is X's", () => {
    expect(run("He said {Ada Vell/person}, who is due back in the capital on Friday, will also meet {Ivo Tamm/person} in {Varn/place}.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "ada-vell", target: "ivo-tamm" }),
    ]);
    // The relative's noun inside a phrase ("head of Y, which …") is not the main verb's subject.
    expect(run("{Pell Rask/civilian}, head of the {Freedom Front/organization}, which runs the port, condemned {Norland}.")).toEqual([]);
  });
});
