import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Clause readings that widen what the events stage finds on unseen news, each with the
// case it must not over-read. Sentences and names written for these tests.
const run = eventsIn;
const events = (src: string) => run(src).map((e) => [e.type, e.source, e.target]);

describe("a name qualifying a crowd of private people", () => {
  it("is not the body or state acting", () => {
    expect(events("About 40 {Nordair/organization} workers denounced {Chile} on Monday.")).toEqual([]);
    expect(events("{Chilean} exiles denounced {Peru} on Monday.")).toEqual([]);
    expect(events("{Nordair/organization} denounced {Chile} on Monday.")).toEqual([["ACCUSE", "nordair", "chile"]]);
  });
});

describe("an object relative: 'X, whom he met'", () => {
  it("acts on the antecedent, and its pronoun is the person named before it", () => {
    expect(events("Envoy {Lars Holm/person} reassured party officials, including their leader, {Ana Lopez/person}, whom he met on Friday."))
      .toEqual([["CONSULT", "lars-holm", "ana-lopez"]]);
    // A name typed as a body counts when it carries an office title.
    expect(events("The radio said {Deputy Minister Lars Holm/organization} praised {Ana Lopez/person}, whom he met on Friday."))
      .toEqual([["SUPPORT", "deputy-minister-lars-holm", "ana-lopez"], ["CONSULT", "deputy-minister-lars-holm", "ana-lopez"]]);
  });

  it("with no one named before the antecedent, or a subject relative, reads nothing new", () => {
    expect(events("The radio praised {Ana Lopez/person}, whom he met on Friday.")).toEqual([]);
    expect(events("{Ana Lopez/person}, who met {Chile} on Friday, left.")).toEqual([["CONSULT", "ana-lopez", "chile"]]);
  });
});

describe("a visit abroad to a place no state is named for", () => {
  it("is a contact with an unnamed host; a trip at home is none", () => {
    expect(events("{Lars Holm/person@NOR} began a tour of the region on a two-day visit to {the Sahel/place}.")).toEqual([["CONSULT", "lars-holm", null]]);
    expect(events("{Lars Holm/person@NOR} arrived on a visit to {Bergen/place@NOR} on Monday.")).toEqual([]);
    // No state known for the visitor: no way to tell home from abroad.
    expect(events("{Lars Holm/person} arrived on a visit to {the Sahel/place}.")).toEqual([]);
  });
});

describe("forcing one's way in", () => {
  it("by a state's organ is a raid (COERCE); by no political actor it is nothing", () => {
    expect(events("{Peruvian@PER} police burst in while {Ana Lopez/civilian} was hosting a dinner.")).toEqual([["COERCE", "peruvian", null]]);
    expect(events("A pipe burst in the basement of {Radio Sur/organization} on Monday.")).toEqual([]);
  });
});

describe("a participle after the main verb's object", () => {
  it("shares the clause's subject; a person heading a campaign can act", () => {
    expect(events("The {Holm/civilian} campaign issued a statement on Monday inviting {Lopez/person} to talks."))
      .toEqual([["AGREE", "holm", "lopez"]]);
    // The person alone, with no office or body, still cannot.
    expect(events("{Holm/civilian} issued a statement on Monday inviting {Lopez/person} to talks.")).toEqual([]);
    // A second noun phrase with its own verb in between keeps its own reading.
    expect(events("{Chile} said the rebels issued a statement on Monday inviting {Peru} to talks.")).toEqual([["AGREE", null, "peru"]]);
    expect(events("The {Holm/civilian} campaign sent a letter on Monday inviting {Lopez/person} to talks.")).toEqual([["AGREE", "holm", "lopez"]]);
  });
});

describe("denials and conditions", () => {
  it("an act its teller denies is negated and says so in its mode", () => {
    const [e, ...rest] = run("{Chile} denied that it had attacked {Peru} on Monday.");
    expect(rest).toEqual([]);
    expect([e!.type, e!.source, e!.target, e!.negated]).toEqual(["ASSAULT", "chile", "peru", true]);
    expect(e!.mode).toMatch(/denied/);
    expect(run("{Chile} said that it had attacked {Peru} on Monday.")[0]!.negated).toBe(false);
  });

  it("an act under 'may … if' is a supposition, not coded", () => {
    expect(events("{Chile} may sanction {Peru} if the talks fail.")).toEqual([]);
    expect(events("{Chile} may sanction {Peru} next month.")).toEqual([["SANCTION", "chile", "peru"]]);
  });
});

describe("an unnamed aide of a named person", () => {
  it("acts for that person's state; the person named as acting stays the source", () => {
    const src = "{Chile@CHL} answered. {Ana Lopez/person@CHL}'s chief envoy expressed concern over {Peru}'s delays.";
    expect(events(src)).toEqual([["ACCUSE", "chile", "peru"]]);
    expect(events("{Chile@CHL} answered. {Ana Lopez/person@CHL} expressed concern over {Peru}'s delays.")).toEqual([["ACCUSE", "ana-lopez", "peru"]]);
  });
});

describe("a people's protest", () => {
  const home = "{Chile@CHL} sent a note. ";
  it("by a demonym's crowd is that state's (PLOVER's civilians), not by its exiles", () => {
    expect(events(`${home}Thousands of Chilean students protested against {Peru} on Monday.`)).toEqual([["PROTEST", "chile", "peru"]]);
    expect(events(`${home}Chilean exiles protested against {Peru} on Monday.`)).toEqual([]);
    // Only a protest: the crowd's other acts are no state's (kept with no source: unnamed-agents.ts).
    expect(events(`${home}Chilean students denounced {Peru} on Monday.`)).toEqual([["ACCUSE", null, "peru"]]);
  });

  it("a fronted 'In a demonstration …' belongs to the crowd of the main clause", () => {
    expect(events(`${home}In a large demonstration on Monday, tens of thousands of Chilean women marched to the palace.`))
      .toEqual([["PROTEST", "chile", null]]);
  });
});

describe("a characterisation", () => {
  it("condemns only when the word it lands on condemns", () => {
    expect(events("{Chile} described {Peru}'s offer as pointless.")).toEqual([["ACCUSE", "chile", "peru"]]);
    expect(events("{Chile} described {Peru}'s offer as a useful first step.")).toEqual([]);
    expect(events("{Chile} described {Peru}'s offer as unusual.")).toEqual([]);
  });

  it("'a statement by X' makes X the subject's agent", () => {
    expect(events("A statement by the {Foreign Office/organization} described the bombings as barbaric.")).toEqual([["ACCUSE", "foreign-office", null]]);
    // Not any "by": a name inside another phrase is no subject.
    expect(events("A house owned by {Chile} was described as lawless.")).toEqual([]);
  });
});

describe("what a rule must not over-read", () => {
  it("a participle after a person object is that person's; after a preposition it is a noun", () => {
    expect(events("{Acme/organization} radio cited a senior army source accusing {Chile} of delays.")).toEqual([]);
    expect(events("{Chile} signed a decree on fighting crime in July.")).toEqual([]);
  });

  it("'X's spokesman said he …' is X acting, and a trailing attribution is no object", () => {
    expect(events("{Chile@CHL} waited. {Ana Lopez/person@CHL}'s spokesman said she might meet {Peru} on Tuesday.")).toEqual([["AGREE", "ana-lopez", "peru"]]);
    expect(events("The fighting stopped after {Chile} and {Peru} agreed a truce, {Acme News/organization} agency said.")).toEqual([["AGREE", "chile", "peru"]]);
  });

  it("an appeal sent to someone is words, not aid", () => {
    expect(events("The talks resumed after {Chile} sent him an emotional appeal.")).toEqual([]);
  });
});
