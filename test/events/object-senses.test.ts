import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// An object that shows a trigger's sense tells no act between actors: a meeting joined, the
// weather warned of, blame accepted. Sentences written for these tests.

describe("a trigger's object showing a sense with no counterpart", () => {
  it("joining talks or a summit is no membership", () => {
    expect(triples("{Ana Velik/person} joined the talks by video link on Monday.").filter((r) => r[0] === "SUPPORT")).toEqual([]);
    expect(triples("{Norland} joined the emergency summit from its capital.").filter((r) => r[0] === "SUPPORT")).toEqual([]);
  });

  it("a warning of weather or a hazard is no accusation", () => {
    expect(triples("{Norland}'s weather agency had warned of heavy rain on Tuesday.")).toEqual([]);
    expect(triples("{Estovia} warned of more landslides in the hills.")).toEqual([]);
  });

  it("fighting a measure or a decision is no attack", () => {
    expect(triples("The {Harbour Dockers' Union/organization} said it would fight the layoffs at the port.").filter((r) => r[0] === "ASSAULT")).toEqual([]);
    expect(triples("{Velo/organization} fought the ruling in court for two years.").filter((r) => r[0] === "ASSAULT")).toEqual([]);
  });

  it("accepting blame or criticism agrees to nothing", () => {
    expect(triples("The mayor, {Ivo Tamm/person}, said he accepted the criticism over the delays.")).toEqual([]);
    expect(triples("{Ivo Tamm/person} accepts full responsibility for the failure.")).toEqual([]);
  });

  it("hosting a tournament, offering wages and settling a lawsuit are no political acts", () => {
    expect(triples("{Norland} will host the {Velo Games/organization} next summer.")).toEqual([]);
    expect(triples("{Velo/organization} offered competitive wages to its drivers.")).toEqual([]);
    expect(triples("{Velo/organization} agreed to pay $20 million to settle a patent lawsuit.")).toEqual([]);
  });

  it("a rule struck down is annulled, not attacked", () => {
    expect(triples("{Norland}'s top court struck down the ban on {Estovia}n imports.")).toEqual([]);
    expect(triples("{Norland}'s constitutional council struck down parts of the new law on Thursday.")).toEqual([]);
  });

  it("a resignation offered or a bill withdrawn is no offer or retreat", () => {
    expect(triples("Prime Minister {Ivo Tamm/person} offered his resignation to the king on Friday.")).toEqual([]);
    expect(triples("{Norland}n President {Ivo Tamm/person} later withdrew the finance bill.")).toEqual([]);
  });

  it("joining a rally's crowd or forecasting the economy is no act between actors", () => {
    expect(triples("{Norland}'s president joined thousands of supporters at a rally on Sunday.")).toEqual([]);
    expect(triples("{Norland}'s economy minister warned that a strong currency could hurt exporters.")).toEqual([]);
  });

  it("while joining a body, warning a state and accepting a proposal stay acts", () => {
    expect(triples("{Norland} joined {Velo Pact/organization} in April.")).toEqual([["SUPPORT", "norland", "velo-pact"]]);
    expect(triples("{Norland} accepted {Estovia}'s proposal on Monday.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} hosted {Estovia}'s president on Monday.").map((r) => r[0])).toEqual(["CONSULT"]);
    expect(triples("{Norland} withdrew its troops from {Estovia}.")).toEqual([["RETREAT", "norland", "estovia"]]);
    expect(triples("{Norland} warned that {Estovia} would pay for the raid.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });
});

describe("an appeal to the market", () => {
  it("addresses no actor", () => {
    expect(triples("Housing minister {Ivo Tamm/person} called on mortgage lenders to freeze repayments.")).toEqual([]);
    expect(triples("Finance minister {Ivo Tamm/person} urged banks to cut lending rates.")).toEqual([]);
  });

  it("an appeal to a state still is one", () => {
    expect(triples("{Norland} urged {Estovia} to cut tariffs.")).toEqual([["REQUEST", "norland", "estovia"]]);
  });
});

describe("relief sent to one's own provinces or victims", () => {
  it("is a domestic step", () => {
    expect(triples("The {Norland} government sent relief goods to the worst-hit provinces.")).toEqual([]);
  });

  it("relief sent abroad is aid", () => {
    expect(triples("{Norland} sent relief goods to flood victims in {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
  });
});

describe("a ban from play", () => {
  it("is sport's discipline, no sanction", () => {
    expect(triples("{Varn League/organization} banned {Norland} club {Rovers/organization} from European competition for one year.")).toEqual([]);
  });

  it("a ban from a state's airspace is a sanction", () => {
    expect(triples("{Norland} banned {Estovia} airlines from its airspace.")).toEqual([["SANCTION", "norland", "estovia"]]);
  });
});

describe("peace or the economy threatened", () => {
  it("is a danger told, no threat made", () => {
    expect(triples("{Norland} says {Estovia} missile tests threaten peace.")).toEqual([]);
  });

  it("a threat made to a state is one", () => {
    expect(triples("{Norland} threatened {Estovia} with sanctions.")).toEqual([["THREATEN", "norland", "estovia"]]);
  });
});

describe("a target met and a misfortune blamed", () => {
  it("meeting a target or a deadline is no meeting", () => {
    expect(triples("Prime Minister {Ivo Tamm/person} said on Friday that {Norland} would raise defence spending to 2% of GDP this year, meeting a {Atlantic Pact/organization} target for the first time.").filter((r) => r[0] === "CONSULT")).toEqual([]);
    expect(triples("{Velo/organization} met the deadline set by regulators.").filter((r) => r[0] === "CONSULT")).toEqual([]);
    expect(triples("{Norland} met {Estovia} in talks on Monday.").filter((r) => r[0] === "CONSULT")).toHaveLength(1);
  });
  it("blaming a drought or prices accuses no one", () => {
    expect(triples("President {Ivo Tamm/person} blamed a drought and declared a national emergency.").filter((r) => r[0] === "ACCUSE")).toEqual([]);
    expect(triples("{Norland} blamed {Estovia} for the attack.").filter((r) => r[0] === "ACCUSE")).toHaveLength(1);
  });
});
