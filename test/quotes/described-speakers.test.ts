import { describe, expect, it } from "vitest";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { quotes, quotesWith } from "./helpers.js";

// Speakers given by a description, an apposition or a passive, in sentences written for these tests.

describe("the one named in an apposition or a passive speaks", () => {
  it("'According to his aide, <name>, “…”' is the aide, not the man 'his' points at", () => {
    const text = 'Mayor Henrik Dalsgaard will not run again.\n\nAccording to his aide, Lise Marholm, "He is tired of the job."';
    const [q] = quotesWith(text, [["Henrik Dalsgaard"], ["Lise Marholm"]]);
    expect(q!.speaker).toBe("lise-marholm");
  });

  it("'<name>, the reporter's next clause' after 'according to' is no apposition", () => {
    const text = 'According to the ministry, Lise Marholm will lead the talks. "We are ready," she said.';
    const [q] = quotesWith(text, [["Lise Marholm"]]);
    expect(q!.speaker).toBe("lise-marholm");
  });

  it("'He was quoted by the <paper> as saying …' is his, not the paper's", () => {
    const text = 'Envoy Carsten Brueck arrived in Tellavik on Sunday.\n\nHe was quoted by the Tellavik Herald as saying the visit was "a first step".';
    const [q] = quotesWith(text, [["Carsten Brueck"]]);
    expect(q!.speaker).toBe("carsten-brueck");
  });

  it("'the agency quoted <name> as saying' is still the one quoted", () => {
    const text = 'The Norvik agency quoted Carsten Brueck as saying the visit was "a first step".';
    const [q] = quotesWith(text, [["Carsten Brueck"]]);
    expect(q!.speaker).toBe("carsten-brueck");
  });
});

describe("someone described beside a named person", () => {
  it("'his lawyer said' is the lawyer's words, kept as written, not his client's", () => {
    const text = 'A jury found banker Nils Ekvall guilty of fraud.\n\n"We will appeal," his lawyer said.';
    const [q] = quotesWith(text, [["Nils Ekvall"]]);
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "his lawyer"]);
  });

  it("'his statement said' still credits him", () => {
    const text = 'Governor Paul Aske resigned on Friday.\n\n"I leave with pride," his statement said.';
    expect(quotesWith(text, [["Paul Aske"]])[0]!.speaker).toBe("paul-aske");
  });

  it("'a doctor who examined them told …' is the doctor (no actor), not the clause after 'who'", () => {
    const [q] = quotes('"They are tired but well," a doctor who examined them told reporters.');
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "a doctor"]);
  });
});

describe("a union official in a story about a firm", () => {
  const org = (id: string, name: string): ActorRow => ({ id, name, kind: "organization", aliases: [], country: null, role: null, mentions: 1, articles: 1 });
  const at = (text: string, surface: string, actor: string): ResolvedMention => {
    const start = text.indexOf(surface);
    return { article: "t", actor, start, end: start + surface.length, text: surface, sentence: 0, kind: "organization" };
  };

  it("is not the firm", () => {
    const text = 'Brantwell Airways will cut 400 jobs.\n\nA union official said the cuts were "a disgrace".';
    const actors = new Map([["brantwell-airways", org("brantwell-airways", "Brantwell Airways")]]);
    const [q] = quotes(text, [at(text, "Brantwell Airways", "brantwell-airways")], actors);
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "A union official"]);
  });

  it("is the union when the article names one", () => {
    const text = 'The Harrow Transport Workers Union opposed the plan of Brantwell Airways.\n\nA union official said the cuts were "a disgrace".';
    const actors = new Map([
      ["harrow-union", org("harrow-union", "Harrow Transport Workers Union")],
      ["brantwell-airways", org("brantwell-airways", "Brantwell Airways")],
    ]);
    const ms = [at(text, "Harrow Transport Workers Union", "harrow-union"), at(text, "Brantwell Airways", "brantwell-airways")];
    expect(quotes(text, ms, actors)[0]!.speaker).toBe("harrow-union");
  });

  it("'a company spokesman' is still the firm", () => {
    const text = 'Brantwell Airways will cut 400 jobs.\n\n"Demand has not recovered," a company spokesman said.';
    const actors = new Map([["brantwell-airways", org("brantwell-airways", "Brantwell Airways")]]);
    expect(quotes(text, [at(text, "Brantwell Airways", "brantwell-airways")], actors)[0]!.speaker).toBe("brantwell-airways");
  });
});

describe("a document speaks for whoever issued it", () => {
  const country = (id: string, name: string): ActorRow => ({ id, name, kind: "country", aliases: [], country: null, role: null, mentions: 1, articles: 1 });
  const at = (text: string, surface: string, actor: string, from = 0): ResolvedMention => {
    const start = text.indexOf(surface, from);
    return { article: "t", actor, start, end: start + surface.length, text: surface, sentence: 0, kind: "country" };
  };
  const actors = new Map([["corvania", country("corvania", "Corvania")], ["belmark", country("belmark", "Belmark")]]);

  it("'<X> issued a statement … “…,” the statement said' is X", () => {
    const text = 'The government of Corvania issued a statement on Monday about the border.\n\n"We will defend our territory," the statement said.';
    expect(quotes(text, [at(text, "Corvania", "corvania")], actors)[0]!.speaker).toBe("corvania");
  });

  it("'said a statement issued by <X>' is X", () => {
    const text = 'The border was closed.\n\n"We regret the loss of life," said a statement issued by Corvania.';
    expect(quotes(text, [at(text, "Corvania", "corvania")], actors)[0]!.speaker).toBe("corvania");
  });

  it("a speaker after the issuing clause is the nearer antecedent", () => {
    const text = 'Corvania issued a statement on Monday.\n\nBelmark said in its own statement: "We are ready to talk."\n\n"Talks must start now," the statement said.';
    const ms = [at(text, "Corvania", "corvania"), at(text, "Belmark", "belmark")];
    expect(quotes(text, ms, actors).map((q) => q.speaker)).toEqual(["belmark", "belmark"]);
  });
});
