import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";
import { quotesWith } from "./helpers.js";

// "the ministry said" after a ministry was named; "the spokeswoman said" after "X, a spokeswoman
// for …,". Every sentence here is invented.

/** Quotes of `text` with each listed surface an actor of its kind. */
function quotesOf(text: string, named: [string, "person" | "organization"][]) {
  const actors = new Map<string, ActorRow>();
  const mentions: ResolvedMention[] = [];
  for (const [name, kind] of named) {
    const id = name.toLowerCase().replace(/\W+/g, "-");
    actors.set(id, { id, name, kind, aliases: [], country: null, role: null, mentions: 0, articles: 1 });
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ article: "t", actor: id, start: at, end: at + name.length, text: name, sentence: 0, kind });
  }
  mentions.sort((a, b) => a.start - b.start);
  return extractQuotes(doc(text), mentions, actors).map((q) => q.speaker);
}

describe("an organ by its head noun", () => {
  it("'the ministry said' credits the ministry named before, not the firm the story is about", () => {
    const text = 'Kell Motors shut its Dorn plant. Kell Motors blamed costs. The Dornish Trade Ministry summoned its managers on Tuesday.\n\n"This is unacceptable," the ministry said.';
    expect(quotesOf(text, [["Kell Motors", "organization"], ["Dornish Trade Ministry", "organization"]])).toEqual(["dornish-trade-ministry"]);
  });

  it("'the ministry said' with no ministry named credits no firm", () => {
    const text = 'Kell Motors shut its Dorn plant on Tuesday.\n\n"This is unacceptable," the ministry said.';
    expect(quotesOf(text, [["Kell Motors", "organization"]])).toEqual([null]);
  });
});

describe("an office given in apposition after the name", () => {
  it("'Ann Ode, a spokeswoman for the ministry, said …' then 'the spokeswoman said' credits Ode", () => {
    const text = 'Ann Ode, a spokeswoman for the ministry, said the talks would resume. Ivo Marek left early. "We expect progress," the spokeswoman said.';
    expect(quotesWith(text, [["Ann Ode", "Ode"], ["Ivo Marek", "Marek"]]).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });

  it("'Ann Ode, wife of the minister,' gives Ode no office", () => {
    const text = 'Ann Ode, wife of the minister, opened the school. "We are proud," the minister said.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).toEqual([null]);
  });
});
