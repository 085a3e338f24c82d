import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Modality that tells no act (loaders/events/modality.ts), on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: modality", () => {
  it("a possible hostile act is speculation; a possible meeting stays a tentative plan", () => {
    expect(types("Analysts said {Norland} could attack {Estovia} within weeks.")).toEqual([]);
    expect(types("{Norland} might impose sanctions on {Estovia}, officials warned.")).toEqual([]);
    expect(eventsIn("{Ivo Marek/person} said he might meet {Lena Varga/person}.")[0]).toMatchObject({ type: "AGREE", source: "ivo-marek" });
    expect(types("{Norland} will attack {Estovia}.")).toEqual(["ASSAULT"]);
  });

  it("what someone fears will happen has not happened", () => {
    expect(types("{Norland} fears that {Estovia} will attack.")).toEqual([]);
    expect(types("{Norland} is worried about {Estovia} and attacked it.")).toEqual(["ASSAULT"]);
  });

  it("a right or duty to act is named, not exercised; 'no plans to' plans nothing", () => {
    expect(types("{Norland} has the right to attack {Estovia}, the minister said.")).toEqual([]);
    expect(types("{Norland} officials said they had no plans to meet {Estovia}.")).toEqual([]);
  });

  it("a contact its own clause calls off after the noun did not take place", () => {
    expect(types("{Ivo Marek/person} said the meeting with {Lena Varga/person} was cancelled.")).toEqual([]);
    expect(types("{Ivo Marek/person} said the meeting with {Lena Varga/person} was useful.")).toEqual(["CONSULT"]);
  });

  it("a denial without 'that' still denies the act it governs", () => {
    expect(eventsIn("{Norland} denied it had attacked {Estovia}.")[0]).toMatchObject({ type: "ASSAULT", negated: true });
    expect(eventsIn("{Norland} attacked {Estovia}.")[0]).toMatchObject({ type: "ASSAULT", negated: false });
  });
});
