import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import type { EventRow } from "../../loaders/types.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// Reading the clause: who is the grammatical subject of a trigger, and whether the
// sentence tells an act at all. Sentences written for these tests.
const run = (m: Marked): EventRow[] => extractEvents(m.doc, m.mentions, m.actors, m.dates);
const events = (src: string) => run(marked(src)).map((e) => [e.type, e.source, e.target]);

describe("subject, verb, object", () => {
  it("passive: 'was attacked by' makes the agent the source and the subject the target", () => {
    expect(events("{Armenia}'s border post was attacked by {Azerbaijan} on Monday.")).toEqual([["ASSAULT", "azerbaijan", "armenia"]]);
  });

  it("coordination: a verb joined by 'and' shares the subject of the first", () => {
    expect(events("{Serbia} closed its border crossings and has condemned {Kosovo} for the raid.")).toEqual([["ACCUSE", "serbia", "kosovo"]]);
    // The name nearest the second verb is the first verb's object, not its subject.
    expect(events("{Serbia} praised {Dana Ilic/civilian} and has condemned {Kosovo}.")).toContainEqual(["ACCUSE", "serbia", "kosovo"]);
  });

  it("another noun phrase between a name and the verb is the verb's subject: no event for the name", () => {
    // "police" stands between: the country told of is not who refused.
    expect(events("A spokesman told {Reuters/organization} by telephone, adding that police had not ruled out an attack.")).toEqual([]);
  });

  it("a state acting through an organ named by its demonym", () => {
    const m = marked("{Chile} said on Sunday that Peruvian police had detained {Ana Lopez/civilian}.");
    withCountry(m, "Peru", "PER");
    expect(run(m).map((e) => [e.type, e.source, e.target])).toEqual([["COERCE", "peru", "ana-lopez"]]);
  });

  it("'her Peruvian counterpart' is the state met, unless the counterpart's name follows", () => {
    const m = marked("{Ada Vell/person} flew to {Varn/place} on Monday to meet her Peruvian counterpart and discuss trade.");
    withCountry(m, "Peru", "PER");
    expect(run(m).map((e) => [e.type, e.source, e.target])).toEqual([["AGREE", "ada-vell", "peru"]]);
    const n = marked("{Ada Vell/person} met her Peruvian counterpart {Ivo Tamm/person} on Monday.");
    withCountry(n, "Peru", "PER");
    expect(run(n).map((e) => [e.type, e.source, e.target])).toEqual([["CONSULT", "ada-vell", "ivo-tamm"]]);
  });

  it("a demonym a state shares with territories names the state", () => {
    const m = marked("{Chile} said on Sunday that French police had detained {Ana Lopez/civilian}.");
    withCountry(m, "France", "FRA");
    expect(run(m).map((e) => [e.type, e.source, e.target])).toEqual([["COERCE", "france", "ana-lopez"]]);
  });

  it("a plural demonym as the verb's object names the state whose people are addressed", () => {
    const m = marked("{Norway} urged Peruvians and {Chileans/organization} to end the border dispute.");
    withCountry(m, "Peru", "PER");
    expect(run(m).map((e) => [e.type, e.source, e.target])).toEqual([["REQUEST", "norway", "peru"]]);
    // Not when the state is no actor of the tables: the first named object stays the target.
    expect(events("{Norway} urged Peruvians and {Chileans/organization} to end the border dispute.")).toEqual([["REQUEST", "norway", "chileans"]]);
  });
});

describe("reported speech", () => {
  it("'X said Y would attack' is Y's intended act, marked proposed, not an act done", () => {
    const [e, ...rest] = run(marked("{Estonia} said {Russia} would attack {Latvia} within a year."));
    expect(rest).toEqual([]);
    expect([e!.type, e!.source, e!.target]).toEqual(["ASSAULT", "russia", "latvia"]);
    expect(e!.mode).toMatch(/proposed/);
  });

  it("a quoted sentence of the speaker's is a statement, not a narrated act", () => {
    expect(events("“We will attack {Latvia} soon,” {Russia} said.")).toEqual([]);
  });

  it("a short quoted phrase woven into the sentence still tells the act", () => {
    expect(events("{Ghana} condemned {Togo}'s “reckless” decision on Monday.")).toEqual([["ACCUSE", "ghana", "togo"]]);
  });
});

describe("what did not happen", () => {
  it("conditional: an act under 'if' or 'in case' is not coded", () => {
    expect(events("Warships were ready in case {Iran} attacked {Oman}.")).toEqual([]);
    expect(events("{Egypt} would sanction {Libya} if the talks failed.")).toEqual([]);
  });

  it("question: a sentence asking is not an act", () => {
    expect(events("Will {Brazil} sanction {Paraguay}?")).toEqual([]);
  });

  it("denial: the act is kept and marked negated", () => {
    const [e] = run(marked("{Japan} did not sanction {North Korea} last year."));
    expect([e!.type, e!.negated]).toEqual(["SANCTION", true]);
  });
});

describe("who can act", () => {
  it("a noun trigger needs an actor attached to it: a possessor, an adjective, or a support verb", () => {
    expect(events("{Norway} held talks with {Sweden}.")).toEqual([["CONSULT", "norway", "sweden"]]);
    expect(events("Fans recalled the memories of their last visit to {Malta}.")).toEqual([]);
    expect(events("{Chile} paid tribute to bombing victims in {Bolivia}.")).toEqual([]);
  });

  it("a person with no office is not a political source; the same person with an office is", () => {
    expect(events("{Tom Hale/civilian} offered {Ireland} a fresh start.")).toEqual([]);
    expect(events("{Tom Hale/person} offered {Ireland} a fresh start.")).toEqual([["AGREE", "tom-hale", "ireland"]]);
    expect(events("Foreign Minister {Tom Hale/civilian} offered {Ireland} a fresh start.")).toEqual([["AGREE", "tom-hale", "ireland"]]);
  });

  it("a place is never a source", () => {
    expect(events("{Milan/place} joined {Torino/organization} in a deal.")).toEqual([]);
  });
});

describe("lists and names", () => {
  it("the comma closing a fronted clause joins no list: the subject after it acts alone", () => {
    expect(events("While crowds marched past {Anna Berg/civilian}, the {Cuban} government urged {Chile} to act.")).toEqual([["REQUEST", "cuban", "chile"]]);
  });

  it("a country inside a longer proper name is not the state", () => {
    expect(events("Workers of Air {France} denounced {Chile} on Monday.")).toEqual([]);
  });

  it("a visit with no counterpart (a leader travelling at home) is not coded", () => {
    expect(events("{Lena Ruud/person} arrived in {Bergen/place} on Friday.")).toEqual([]);
  });
});
