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
});
