import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Acts named without the clause's subject doing them, and a ban with no one banned. Sentences written for these tests.
const events = (src: string) => eventsIn(src).map((e) => [e.type, e.source, e.target]);

describe("acts in the backdrop", () => {
  it("an attack named as the time of something else is not the subject's", () => {
    expect(events("{Ana Lopez/person} met her aides following the twin bombings at {Chile}'s embassies.").filter((e) => e[0] === "ASSAULT")).toEqual([]);
    expect(events("{Chile} launched attacks on {Peru} after the talks failed.")).toEqual([["ASSAULT", "chile", "peru"]]);
  });

  it("a rally of supporters, or one supporting someone, is no protest; a rally against someone is", () => {
    expect(events("{Ana Lopez/person}'s supporters began a rally in the capital.")).toEqual([]);
    expect(events("{Peru} held a rally supporting {Ana Lopez/person} on Monday.").filter((e) => e[0] === "PROTEST")).toEqual([]);
    expect(events("{Fatah/group} staged a rally against {Chile} on Monday.")).toEqual([["PROTEST", "fatah", "chile"]]);
  });

  it("a participle after a noun modifies it: 'a man accused of', 'a plane donated by'", () => {
    expect(events("{Oman} executed a man accused of theft on Sunday.").map((e) => e[0])).toEqual(["COERCE"]);
    expect(events("{Oman} grounded a plane donated by {Chile} to {Peru}.")).toEqual([]);
    expect(events("{Oman} accused {Chile} of theft on Sunday.")).toEqual([["ACCUSE", "oman", "chile"]]);
  });

  it("a ban needs someone banned: a domestic ban on goods is a policy step", () => {
    expect(events("{Peru} banned the carrying of guns until the end of the year.")).toEqual([]);
    expect(events("{Lithuania} banned {Belarus} trucks on Monday.")).toEqual([["SANCTION", "lithuania", "belarus"]]);
  });

  it("an act's noun modifying another noun is no act: 'the bombing suspects', 'arrest warrants'", () => {
    expect(events("{Oman} named the bombing suspects on Monday.")).toEqual([]);
    expect(events("{Oman} issued arrest warrants for two men.")).toEqual([]);
  });

  it("a requirement stated is no act: 'must be agreed', 'must withdraw'", () => {
    expect(events("Any decision must be agreed jointly by {Oman} and {Chile}.")).toEqual([]);
    expect(events("{Oman} said {Chile} must withdraw its troops.").filter((e) => e[0] === "RETREAT")).toEqual([]);
  });

  it("a noun act of people the tables do not hold: 'the relatives' appeal'; a state organ's still acts", () => {
    expect(events("{Oman} rejected the relatives' appeal to {Chile} on Monday.").filter((e) => e[0] === "REQUEST")).toEqual([]);
    expect(events("The government's appeal to {Chile} was made by {Oman} on Monday.").map((e) => e[0])).toEqual(["REQUEST"]);
  });
});
