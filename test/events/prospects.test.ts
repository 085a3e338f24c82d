import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Acts named as prospects, deliberations, powers, conditions of time; offices read in the
// person's own sentence. Sentences written for these tests.
const events = (src: string) => eventsIn(src).map((e) => [e.type, e.source, e.target]);

describe("prospects are no acts", () => {
  it("an act deliberated is neither done nor decided", () => {
    expect(events("{Peru} is considering urging {Chile} to reopen the border.")).toEqual([]);
    expect(events("{Peru} is weighing sanctions against {Chile}.")).toEqual([]);
  });

  it("a power held is not used; a cooperative 'can' stays a tentative plan", () => {
    expect(events("{Ana Lopez/person} can call up 5,000 reservists without a vote.")).toEqual([]);
    expect(events("{Peru} attacked {Chile} on Monday.")).toEqual([["ASSAULT", "peru", "chile"]]);
  });

  it("an act pressed on someone else is not told as done", () => {
    expect(events("The embargo is meant to force {Chile} to withdraw its troops.")).toEqual([]);
  });

  it("a threat or possibility of an act, and a hostile act as the subject of a modal", () => {
    expect(events("{Peru} spoke of the threat of {Chile} air strikes on the port.")).toEqual([]);
    expect(events("The possibility of a meeting between {Peru} and {Chile} came up again.")).toEqual([]);
    expect(events("Officials said air strikes against {Chile} could do serious harm.")).toEqual([]);
  });

  it("a forecast is no act", () => {
    expect(events("The plan is likely to be supported by {Peru} and {Chile}.")).toEqual([]);
  });

  it("'once X arrives' waits for a time to come; 'once again' does not", () => {
    expect(events("Talks will start once {Ana Lopez/person} arrives in {Chile}.")).toEqual([]);
    expect(events("{Ana Lopez/person} once again visited {Chile} on Monday.")).toEqual([["CONSULT", "ana-lopez", "chile"]]);
  });
});

describe("offices are read in the person's own sentence", () => {
  it("a spokesman closing the previous sentence is no office of the next sentence's subject", () => {
    expect(events("The row began on Sunday, said police spokesman {Ro Ruiz/civilian}.\n\n{Tito Pinto/civilian} accused {Ana Lopez/civilian} of theft.")).toEqual([]);
  });

  it("an apposed title after an initialled name still counts", () => {
    expect(events("{Tito Pinto/civilian}, the U.S. Secretary of State, met {Ana Lopez/person} on Monday.")).toEqual([["CONSULT", "tito-pinto", "ana-lopez"]]);
  });
});
