import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import type { EventRow } from "../../loaders/types.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// Frame extraction on sentences written for these tests (not taken from the seeds).
const run = (m: Marked): EventRow[] => extractEvents(m.doc, m.mentions, m.actors, m.dates);
const one = (src: string) => {
  const events = run(marked(src));
  expect(events, JSON.stringify(events)).toHaveLength(1);
  return events[0]!;
};

describe("events: frames", () => {
  it("passive with a by-agent: the agent is the source, the subject the target", () => {
    const e = one("The port of {Odesa/place} in {Ukraine} was shelled overnight by {Russia}.");
    expect(e).toMatchObject({ type: "ASSAULT", source: "russia", target: "ukraine", place: "odesa" });
  });

  it("passive without an agent keeps the sender of troops as the source", () => {
    const e = one("Thousands of {Belarusian} troops have been sent to {Russia}.");
    expect(e).toMatchObject({ type: "AID", source: "belarusian", target: "russia" });
  });

  it("with-X names the other party of a meeting", () => {
    expect(one("{Ursula von der Leyen/person} met with {Xi Jinping/person} in {Beijing/place}.")).toMatchObject({
      type: "CONSULT", source: "ursula-von-der-leyen", target: "xi-jinping", place: "beijing",
    });
  });

  it("against-X names the target of sanctions", () => {
    expect(one("{Australia} imposed fresh sanctions against {Iran} on Monday.")).toMatchObject({ type: "SANCTION", source: "australia", target: "iran" });
  });

  it("a compound subject of a one-sided act: the first is the source, the rest in mode", () => {
    const e = one("{Norway} and {Denmark} sent ammunition to {Estonia}.");
    expect(e).toMatchObject({ type: "AID", source: "norway", target: "estonia" });
    expect(e.mode).toContain("Denmark");
  });

  it("a compound subject of a two-party act: first named source, second target", () => {
    expect(one("{Chile} and {Peru} held talks in {Lima/place}.")).toMatchObject({ type: "CONSULT", source: "chile", target: "peru", place: "lima" });
  });

  it("a titled person is preferred over the country that introduces them", () => {
    expect(one("{Brazilian} President {Luiz Lula/person} visited {Angola}.")).toMatchObject({ type: "CONSULT", source: "luiz-lula", target: "angola" });
  });

  it("a visit to a city has the city's country as host", () => {
    const m = withCountry(marked("{Keir Starmer/person} arrived in {Warsaw/place@POL} on Friday."), "Poland", "POL");
    expect(run(m)[0]).toMatchObject({ type: "CONSULT", source: "keir-starmer", target: "poland", place: "warsaw" });
  });

  it("negation: the text says it did not happen", () => {
    expect(one("{Hungary} did not sign the treaty with {Ukraine}.")).toMatchObject({ type: "SUPPORT", negated: true });
    expect(one("{Moldova} can't withdraw from {Transnistria/group}.")).toMatchObject({ type: "RETREAT", negated: true });
  });

  it("'but not X' adds the same act, negated", () => {
    const events = run(marked("{Italy} provided helmets to {Ukraine}, but not fighter jets."));
    expect(events.map((e) => [e.type, e.negated])).toEqual([["AID", false], ["AID", true]]);
    const neg = events[1]!;
    expect(events[0]!.id).not.toBe(neg.id);
  });

  it("planned cooperative acts are AGREE, not negated, with 'planned' in mode", () => {
    const e = one("{Greece} plans to send air defence systems to {Cyprus}.");
    expect(e).toMatchObject({ type: "AGREE", negated: false, source: "greece", target: "cyprus" });
    expect(e.mode).toContain("planned");
    const c = one("{Kenya} is ready to meet {Somalia} in any format.");
    expect(c).toMatchObject({ type: "AGREE", source: "kenya", target: "somalia" });
  });

  it("proposed conflictual acts keep their type, with 'proposed' in mode", () => {
    const e = one("{Canada} would impose further sanctions on {Belarus}.");
    expect(e).toMatchObject({ type: "SANCTION", negated: false });
    expect(e.mode).toContain("proposed");
  });

  it("two events in one sentence", () => {
    const events = run(marked("{Serbia} attacked {Kosovo} while {Albania} condemned {Serbia}."));
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([
      ["ASSAULT", "serbia", "kosovo"],
      ["ACCUSE", "albania", "serbia"],
    ]);
  });

  it("a nominalisation and its verb in one clause make one event", () => {
    const events = run(marked("{Chad} launched an attack on {Sudan}."));
    expect(events).toHaveLength(1);
    const r = run(marked("{Estonia} reaffirmed its strong support for {Georgia}."));
    expect(r).toHaveLength(1);
  });

  it("a speech act absorbs what it asks for", () => {
    const events = run(marked("{Qatar} urged {Israel} to halt the attacks on {Gaza/place}."));
    expect(events.map((e) => e.type)).toEqual(["REQUEST"]);
  });

  it("not events: a background noun phrase, a bare quotation", () => {
    expect(run(marked("{Poland}'s fight against the invasion continues."))).toEqual([]);
    expect(run(marked("“We will attack {Ukraine} again,” a soldier said."))).toEqual([]);
    expect(run(marked("{Lee Jae-myung/person}'s visit was long."))).toEqual([]);
  });

  it("a verb-only form after a possessor and a noun is the verb of that subject, after an adjective a noun", () => {
    expect(one("{Chile}'s navy fired missiles at {Peru} overnight.")).toMatchObject({ type: "ASSAULT", source: "chile", target: "peru" });
    expect(run(marked("{Chile}'s renewed fight against the rebels went on."))).toEqual([]);
  });

  it("nominal events take their agent from a possessor, an adjective or 'between'", () => {
    expect(one("{Tokyo}'s grave concern over {Iran} grew.")).toMatchObject({ type: "ACCUSE", source: "tokyo", target: "iran" });
    expect(one("A {Georgian} incursion into {Abkhazia/group} failed.")).toMatchObject({ type: "ASSAULT", source: "georgian", target: "abkhazia" });
    expect(one("Analysts noted growing cooperation between {Iran} and {Venezuela}.")).toMatchObject({ type: "COOPERATE", source: "iran", target: "venezuela" });
  });

  it("he/she takes the last person named", () => {
    const events = run(marked("{Gabriel Boric/person} spoke to reporters. He said he is ready to meet {Peru}."));
    expect(events[0]).toMatchObject({ type: "AGREE", source: "gabriel-boric", target: "peru" });
  });

  it("dates: the clause's own date, a fronted date, never another clause's", () => {
    const a = run(marked("{D:On Monday=2024-05-06}, {Chile} met {Peru} while {Bolivia} attacked {Paraguay} {D:on Friday=2024-05-03}."));
    expect(a.map((e) => e.date)).toEqual(["2024-05-06", "2024-05-03"]);
    const b = run(marked("{Ghana} said {D:on Tuesday=2024-01-02} that {Togo} attacked {Benin}."));
    expect(b[0]).toMatchObject({ type: "ASSAULT", source: "togo", date: null });
    const c = run(marked("{Japan} is ready to send aid to {Ukraine}, Prime Minister {Fumio Kishida/person} said {D:on Tuesday=2024-01-02}."));
    expect(c[0]).toMatchObject({ type: "AGREE", date: "2024-01-02", date_text: "on Tuesday" });
    const d = run(marked("{Chile} attacked {Peru} {D:in May=2024-05} under a plan approved {D:in 2019=2019}."));
    expect(d[0]).toMatchObject({ date: "2024-05" });
    const e = run(marked("{Chile} sent arms to {Peru} under rules eased {D:in 2019=2019}."));
    expect(e[0]).toMatchObject({ date: null });
  });

  it("dates: an undated act takes the date of its nominalisation in the next or previous sentence", () => {
    const next = run(marked("{Gustavo Petro/person} called on {Venezuela} to reopen the border. In a request sent to the press {D:on Friday=2023-03-10}, {Gustavo Petro/person} said trade had stalled."));
    expect(next[0]).toMatchObject({ type: "REQUEST", source: "gustavo-petro", target: "venezuela", date: "2023-03-10", date_text: "on Friday" });
    // The fronted speech-act nominal belongs to the speaker after the comma.
    expect(next.find((e) => e.trigger === "request")).toBeUndefined();
    const prev = run(marked("{Kenya} voiced concern over {Sudan} {D:on Monday=2023-04-03}. {Kenya} also condemned {Sudan} for the raids."));
    expect(prev.map((e) => e.date)).toEqual(["2023-04-03", "2023-04-03"]);
  });

  it("dates: 'He …' continues the previous sentence's subject and the time it was told in", () => {
    const a = run(marked("{Gabriel Boric/person}, visiting {Lima/place@PER} {D:on Monday=2023-05-01} after talks in {Quito/place@ECU} {D:last week=2023-04}, praised the trade deal. He urged {Peru} to ratify it."));
    expect(a.find((e) => e.type === "REQUEST")).toMatchObject({ source: "gabriel-boric", target: "peru", date: "2023-05-01", date_text: "on Monday" });
    // The time of an earlier act ("after … last week") is not the sentence's own.
    const b = run(marked("{Gabriel Boric/person} spoke after meeting {Peru} {D:last week=2023-04}. He urged {Peru} to act."));
    expect(b.find((e) => e.type === "REQUEST")).toMatchObject({ date: null });
    // Only the very next sentence, and only a pronoun opening it.
    const c = run(marked("{Gabriel Boric/person} spoke {D:on Monday=2023-05-01}. Trade stalled. He urged {Peru} to act. Later {Gabriel Boric/person} urged {Chile} to act."));
    expect(c.filter((e) => e.type === "REQUEST").map((e) => e.date)).toEqual([null, null]);
  });

  it("dates: no borrowing from another actor, a sentence further away, a narrated verb, or two candidate dates", () => {
    const other = run(marked("{Gustavo Petro/person} called on {Venezuela} to act. In an appeal published {D:on Friday=2023-03-10}, {Lula/person} said trade had stalled."));
    expect(other[0]).toMatchObject({ source: "gustavo-petro", date: null });
    const far = run(marked("{Gustavo Petro/person} called on {Venezuela} to act. Trade stalled. In an appeal published {D:on Friday=2023-03-10}, {Gustavo Petro/person} spoke."));
    expect(far[0]).toMatchObject({ date: null });
    // Two attacks told by two verbs are two acts: the second is not dated by the first.
    const verbs = run(marked("{Russia} attacked {Kharkiv/place@UKR} {D:on Monday=2024-05-06}. {Russia} also attacked {Sumy/place@UKR}."));
    expect(verbs.map((e) => e.date)).toEqual(["2024-05-06", null]);
    const two = run(marked("{Kenya} voiced concern over {Sudan} {D:on Monday=2023-04-03}. {Kenya} condemned {Sudan}. {Kenya}'s criticism of {Sudan} grew {D:on Friday=2023-04-07}."));
    expect(two[1]).toMatchObject({ type: "ACCUSE", date: null });
  });

  it("relative clauses take the name before them as subject", () => {
    const e = run(marked("The summit of {Egyptian} and {Jordanian} officials, who agreed to meet again, ended."));
    expect(e.find((x) => x.type === "AGREE")).toMatchObject({ source: "egyptian", target: "jordanian" });
  });

  it("every span is exact and contains the trigger", () => {
    const m = marked("{Norway} and {Denmark} sent ammunition to {Estonia}, but not tanks; {Russia} condemned {Norway}.");
    for (const e of run(m)) {
      expect(m.doc.text.slice(e.start, e.end)).toContain(e.trigger);
      expect(e.id).toMatch(/^evt_[0-9a-f]{12}$/);
    }
  });
});
