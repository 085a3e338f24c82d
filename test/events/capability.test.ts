import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Who can act, and intentions coordinated under one cue. Sentences written for these tests.
const run = eventsIn;
const events = (src: string) => run(src).map((e) => [e.type, e.source, e.target]);

describe("capable sources", () => {
  it("a counted group is so many people, not a people acting", () => {
    expect(events("Four {Chileans/group} seized a ferry off the coast on Monday.")).toEqual([]);
    // Uncounted, the same group may act as a people (a protest, an appeal).
    expect(events("{Chileans/group} demonstrated against {Peru} on Monday.")).toEqual([["PROTEST", "chileans", "peru"]]);
    // Counted in the hundreds or thousands, they are a crowd of that people.
    expect(events("Some 1,500 {Chileans/group} demonstrated against {Peru} on Monday.")).toEqual([["PROTEST", "chileans", "peru"]]);
  });

  it("a building or venue typed as an organisation does not act; a seat of government named by its building does", () => {
    expect(events("A crowd gathered at the {Palace of Sports/organization} to demand the release of {Ana Lopez/person}.")).toEqual([]);
    expect(events("The {National Stadium/organization} condemned {Peru} on Monday.")).toEqual([]);
    expect(events("The {White House/organization} condemned {Peru} on Monday.")).toEqual([["ACCUSE", "white-house", "peru"]]);
    expect(events("The {House of Delegates/organization} condemned {Peru} on Monday.")).toEqual([["ACCUSE", "house-of-delegates", "peru"]]);
  });
});

describe("intentions over coordinated infinitives", () => {
  it("'ready to X and meet' is a planned meeting: AGREE", () => {
    const [e, ...rest] = run("{Chile} said it was ready to reopen its consulate and meet with {Peru} next month.");
    expect(rest).toEqual([]);
    expect([e!.type, e!.source, e!.target]).toEqual(["AGREE", "chile", "peru"]);
    expect(e!.mode).toMatch(/planned/);
  });

  it("an act done, coordinated after another act done, stays what it is", () => {
    expect(events("{Chile} reopened its consulate and met with {Peru} on Monday.")).toEqual([["CONSULT", "chile", "peru"]]);
  });
});

describe("who is on the receiving end, and whose relative clause", () => {
  it("'a Chilean tourist' is one person of that nationality, not the state; counted materiel stays the state's", () => {
    expect(events("{Oman} hanged a {Chilean@CHL} tourist on Friday.")).toEqual([["COERCE", "oman", null]]);
    expect(events("{Oman} destroyed 12 {Chilean@CHL} drones on Friday.")).toEqual([["ASSAULT", "oman", "chilean"]]);
    expect(events("{Oman} seized a {Chilean@CHL} tanker on Friday.")).toEqual([["COERCE", "oman", "chilean"]]);
  });

  it("a relative 'that' inside reported speech is its noun's, not the speaker's; in the actor's own clause it is the actor's", () => {
    expect(events("{Chile} said the raid was part of a drive that has imprisoned hundreds.")).toEqual([]);
    expect(events("{Chile} and {Peru} signed a treaty that pledged aid to {Bolivia}.")).toContainEqual(["AGREE", "chile", "bolivia"]);
    expect(events("{Chile} said that it had imprisoned {Ana Lopez/civilian}.")).toEqual([["COERCE", "chile", "ana-lopez"]]);
  });
});

describe("triggers inside names", () => {
  it("a lexicon word that is part of a name ('Ada Shelling') is no trigger", () => {
    expect(events("{Peru} cited spokeswoman {Ada Shelling/person} as saying the group was held.")).toEqual([]);
    // A name the actors stage did not make: a capitalised trigger next to another capital.
    expect(events("{Peru} said the Andean Strike Accord would not hurt ties with {Chile}.")).toEqual([]);
    // The same word outside a name still is.
    expect(events("{Peru} began shelling {Chile}'s border posts.")).toContainEqual(["ASSAULT", "peru", "chile"]);
  });

  it("'called for' asks for something", () => {
    expect(events("{Nigeria} called for the release of {Musa Adamu/person}.")).toEqual([["REQUEST", "nigeria", "musa-adamu"]]);
  });
});

describe("stories and objects that carry no politics", () => {
  it("a match report names teams, not states", () => {
    const report = "{Chile} beat {Peru} 2-1 in the World Cup qualifier. {Chile} attacked {Peru} down the left after half-time.";
    expect(events(report)).toEqual([]);
    // The same sentence outside a match report is an attack.
    expect(events("{Chile} attacked {Peru} down the left flank on Monday.")).toEqual([["ASSAULT", "chile", "peru"]]);
  });

  it("words sent or received are a communication, not aid", () => {
    expect(events("{Chile} sent {Peru} a message on Monday.")).toEqual([]);
    // The warning itself is an accusation (the guide's ACCUSE), never aid.
    expect(events("{Chile} sent a written warning to {Peru}.")).toEqual([["ACCUSE", "chile", "peru"]]);
    expect(events("{Chile} sent troops to {Peru} on Monday.")).toEqual([["AID", "chile", "peru"]]);
  });

  it("refusing to comment refuses nothing", () => {
    expect(events("{Chile} refused to comment on the report.")).toEqual([]);
    expect(events("{Chile} refused to extradite {Ana Lopez/civilian}.")).toEqual([["REJECT", "chile", "ana-lopez"]]);
  });

  it("a company by its legal form, and a function word kept as a name, are no sources", () => {
    expect(events("{Andes Mining Corp/organization} refused to pay {Peru}'s new tax.")).toEqual([]);
    expect(events("{A/organization} completely new plan condemned {Peru}.")).toEqual([]);
    expect(events("{Andes Mining Union/organization} condemned {Peru}'s new tax.")).toEqual([["ACCUSE", "andes-mining-union", "peru"]]);
  });
});

describe("members of a group", () => {
  it("acting on members of a group acts on the group, not on its possessor", () => {
    expect(events("{Chile} arrested 14 suspected members of {Peru}'s largest rebel group, the {Red Front/group}.")).toEqual([["COERCE", "chile", "red-front"]]);
    expect(events("{Chile} detained two leaders of the {Red Front/group} on Monday.")).toEqual([["COERCE", "chile", "red-front"]]);
  });
});

describe("a name inside the subject's phrase", () => {
  it("'X's envoy on Y affairs expressed anger at Z': Y is not the agent; the subject before it is", () => {
    expect(events("{Chile}'s envoy on {Peru@PER} affairs expressed anger at {Bolivia}'s decision.")).toEqual([["ACCUSE", "chile", "bolivia"]]);
    // A subject right before the support verb stays the agent.
    expect(events("{Chile} attended a rally against {Bolivia} on Monday.")).toEqual([["PROTEST", "chile", "bolivia"]]);
  });
});

describe("reduced relations", () => {
  it("recalling an envoy is a sanction of its own, beside a condemnation coordinated with it", () => {
    expect(events("{Serbia} recalled its envoy and has condemned {Kosovo} for the raid.")).toEqual([
      ["SANCTION", "serbia", null],
      ["ACCUSE", "serbia", "kosovo"],
    ]);
  });
});

describe("relatives are someone else", () => {
  it("'X's father demanded …' is not X's act", () => {
    expect(events("For two months {Ivo Tamm/person}'s father has demanded that {Norland} return the boy.")).toEqual([]);
    expect(events("{Ivo Tamm/person}'s two grandmothers asked {Norland} to return him.")).toEqual([]);
    expect(events("{Ivo Tamm/person} asked {Norland} to return the boy.")).toEqual([["REQUEST", "ivo-tamm", "norland"]]);
  });
});

describe("asides in brackets", () => {
  it("a wire's credit in a dateline is no party to the act that follows", () => {
    expect(events("VARN, Norland ({Eastwire/organization}) _ Police seized a car bomb on Sunday.").filter(([, s]) => s === "eastwire")).toEqual([]);
    expect(events("{Norland} ({Eastwire/organization}) attacked {Sudovia} on Sunday.")).toEqual([["ASSAULT", "norland", "sudovia"]]);
  });
});

describe("lone modifiers kept as names", () => {
  it("'Security forces', 'Cabinet meeting': a capitalised modifier alone is no actor", () => {
    expect(events("{Security/organization} forces arrested four men on Monday.")).toEqual([]);
    expect(events("{Cabinet/organization} meeting named {Ana Lopez/person} commander.")).toEqual([]);
  });
});
