import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// "It"/"They" opening a sentence, resolved to the subject of the sentence before (sentences written for these tests).
const run = eventsIn;

describe("events: a pronoun opening a sentence continues the previous subject", () => {
  it("'They' after a pair of leaders is the pair", () => {
    const e = run("President {Ada Vell/person} and her Sudovian counterpart, {Ivo Tamm/person}, met in Varn. It was a short visit. They said they had agreed to hold monthly consultations.");
    expect(e.filter((x) => x.type === "AGREE")).toEqual([expect.objectContaining({ source: "ada-vell", target: "ivo-tamm" })]);
  });

  it("'They' after two states, with a third party named by 'with'", () => {
    const e = run("{Norland} and {Sudovia} have grown closer. They have now signed a customs pact with {the Ostian Union/organization}.");
    expect(e.filter((x) => x.type === "SUPPORT")).toEqual([expect.objectContaining({ source: "norland", target: "ostian-union" })]);
  });

  it("'It' after a body that spoke is that body, a person subject does not compete", () => {
    const e = run("{Pell Rask/person} has agreed to attend the conference, the {Freedom Front/organization} statement said. It accused {Norland} of breaking the truce.");
    expect(e.filter((x) => x.type === "ACCUSE")).toEqual([expect.objectContaining({ source: "freedom-front", target: "norland" })]);
  });

  it("an expletive 'It was' and a person antecedent give no source", () => {
    expect(run("{Norland} closed its border. It was time to negotiate with {Sudovia}.").filter((x) => x.source === "norland" && x.type !== "COERCE" && x.type !== "SANCTION")).toEqual([]);
    expect(run("{Pell Rask/person} spoke on Monday. It criticised {Sudovia}.")).toEqual([]);
  });

  it("two rival bodies leave 'It' unresolved", () => {
    expect(run("{Norland} and the {Freedom Front/organization} said they would talk. It accused {Sudovia} of lying.").filter((x) => x.type === "ACCUSE")).toEqual([]);
    expect(run("{Norland} warned on Monday, and {Ostia} said it was ready. It accused {Sudovia} of lying.").filter((x) => x.trigger === "accused")).toEqual([]);
  });

  it("'X said in a statement it would …': the reported pronoun is the speaker, unless a person is 'it'", () => {
    expect(run("{Norland} said in a statement it would impose sanctions on {Sudovia}.")).toEqual([
      expect.objectContaining({ type: "SANCTION", source: "norland", target: "sudovia" }),
    ]);
    expect(run("{Pell Rask/person} said in a statement it would impose sanctions on {Sudovia}.")).toEqual([]);
  });

  it("a name inside the previous sentence's quotation is not the antecedent", () => {
    expect(run("“{Norland} cannot win this way,” the radio said. It accused {Sudovia} of lying.").filter((x) => x.trigger === "accused")).toEqual([]);
  });

  it("'its troops' is the state or body named last before it, else the previous sentence's 'it'", () => {
    expect(run("Trade with {Norland} has been frozen since its army attacked {Sudovia} last spring.")).toEqual([
      expect.objectContaining({ type: "ASSAULT", source: "norland", target: "sudovia" }),
    ]);
    expect(run("{Norland} rejected the plan on Monday. Hours later its troops attacked {Sudovia}.").filter((x) => x.type === "ASSAULT")).toEqual([
      expect.objectContaining({ source: "norland", target: "sudovia" }),
    ]);
    expect(run("Its troops attacked {Sudovia}.")).toEqual([]);
  });
});
