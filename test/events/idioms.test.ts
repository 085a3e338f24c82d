import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Set phrases on the word of an act that tell no act. Sentences written for these tests.
const events = (src: string) => eventsIn(src).map((e) => [e.type, e.source, e.target]);

describe("idioms", () => {
  it("courtesies and opinions offered are no offer", () => {
    expect(events("{Peru} offered its warmest congratulations on Monday.")).toEqual([]);
    expect(events("{Peru} offered an opinion on the ruling.")).toEqual([]);
    expect(events("{Peru} offered {Chile} a loan on Monday.")).toEqual([["AGREE", "peru", "chile"]]);
  });

  it("expectations met and a race joined are no meeting or joining", () => {
    expect(events("{Peru} met the deadline for the report.")).toEqual([]);
    expect(events("{Peru} joined the race for the contract.")).toEqual([]);
    expect(events("{Peru} met {Chile} in Lima on Monday.")).toEqual([["CONSULT", "peru", "chile"]]);
  });

  it("a greeting on a return and an open invitation are no support or invitation", () => {
    expect(events("{Ana Lopez/person} welcomed them back from the games.")).toEqual([]);
    expect(events("{Ana Lopez/person} invited everyone to the square.")).toEqual([]);
  });

  it("a visit to one's family is private", () => {
    expect(events("{Ana Lopez/person} visited her ailing mother in {Lima/place@PER} on Friday.")).toEqual([]);
  });

  it("an appeal to one's own people is still a request", () => {
    expect(events("{Peru} urged its citizens to vote on Sunday.").map((e) => e[0])).toEqual(["REQUEST"]);
  });

  it("contraband seized, a penalty or news received, troops sent into a country, a reward offered, papers accepted", () => {
    expect(events("{Malta} police seized 12 kg of heroin on Monday.")).toEqual([]);
    expect(events("{Malta} seized {Chile}'s tanker on Monday.")).toEqual([["COERCE", "malta", "chile"]]);
    expect(events("{Ana Lopez/person} received information from {Chile} on Monday.")).toEqual([]);
    expect(events("{Oman} sent its troops into {Chile} on Monday.").filter((e) => e[0] === "AID")).toEqual([]);
    expect(events("{Oman} sent troops to {Chile} on Monday.")).toEqual([["AID", "oman", "chile"]]);
    expect(events("{Oman} is offering a $50,000 reward for the arrest of the bombers.")).toEqual([]);
    expect(events("{Ana Lopez/person} accepted the admission papers of {Chile} on Friday.")).toEqual([]);
  });

  it("attackers or a specimen sent are no help; leave asked for oneself is no request", () => {
    expect(events("{Fatah/group} sent 12 suicide bombers to {Chile} on Monday.").filter((e) => e[0] === "AID")).toEqual([]);
    expect(events("{Oman} sent it for tests to a laboratory in {Chile}.")).toEqual([]);
    expect(events("{Ana Lopez/person} asked to go on the trip to {Chile}.")).toEqual([]);
    expect(events("{Oman} asked {Chile} to withdraw its troops.").map((e) => e[0])).toEqual(["REQUEST"]);
    expect(events("{Ana Lopez/person} was asked at a news conference if {Chile} would withdraw its troops.")).toEqual([]);
    expect(events("{Ana Lopez/person} asked whether {Chile} would withdraw its troops.")).toEqual([]);
  });
});
