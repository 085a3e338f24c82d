import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// A pledge of a contact between the members of a compound subject (sentences written for these tests).
const run = eventsIn;

describe("events: an agreement between the members of a compound subject", () => {
  it("'X and Y pledged to intensify cooperation': Y is the other party", () => {
    expect(run("{Norland} and {Sudovia} pledged to intensify cooperation on Tuesday.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "norland", target: "sudovia" }),
    ]);
  });

  it("a contact with a party of its own keeps that party as the target", () => {
    expect(run("{Norland} and {Sudovia} pledged to hold talks with {Estavia}.")).toEqual([
      expect.objectContaining({ type: "AGREE", source: "norland", target: "estavia" }),
    ]);
  });

  it("a pledge of goods to a third party stays one-sided", () => {
    const [e] = run("{Norland} and {Sudovia} pledged new funds to {Estavia}.");
    expect(e).toMatchObject({ type: "AGREE", source: "norland", target: "estavia" });
    expect(e!.mode).toContain("Sudovia");
  });
});

describe("events: a refusal followed by a participle of its own", () => {
  it("'balked at X, blaming Y': a refusal and an accusation", () => {
    const rows = run("{Norland} has balked at the number of {Tarvic League/organization} staff needed to run the scheme, blaming {Sudovia} for insisting on monitoring.");
    expect(rows).toEqual([
      expect.objectContaining({ type: "REJECT", source: "norland", target: "tarvic-league" }),
      expect.objectContaining({ type: "ACCUSE", source: "norland", target: "sudovia" }),
    ]);
  });

  it("an infinitive after a refusal is still what is refused", () => {
    expect(run("{Norland} refused to meet {Sudovia}.").map((e) => e.type)).toEqual(["REJECT"]);
  });
});

describe("events: 'concerned about' as concern", () => {
  it("ministers concerned about another state: ACCUSE", () => {
    expect(run("{Tarvic League/organization} ministers concerned about human rights in {Sudovia} may cancel a planned trip there.")).toEqual([
      expect.objectContaining({ type: "ACCUSE", source: "tarvic-league", target: "sudovia", mode: "concern" }),
    ]);
  });

  it("'the countries concerned' and 'as far as X is concerned' are no concern", () => {
    expect(run("The countries concerned, {Norland} and {Sudovia}, will sign on Monday.").filter((e) => e.type === "ACCUSE")).toEqual([]);
    expect(run("As far as {Norland} is concerned, the matter is closed.")).toEqual([]);
  });
});
