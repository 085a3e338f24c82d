import { describe, expect, it } from "vitest";
import { run, type Run } from "./helpers.js";

/** The kinds of the actors a text's mentions resolve to. */
const kindsOf = (r: Run, text: string) => [...new Set(r.mentions.filter((m) => m.text === text).map((m) => r.actors.find((a) => a.id === m.actor)?.kind))];

describe("a one-word name the tagger guessed differently within one article", () => {
  it("takes the kind most of its guesses give: one actor, not two", () => {
    const r = run("Estovian strike kills commander in Velmar, Korvath says\n\nVELMAR — An Estovian air strike on Velmar's southern suburbs killed a senior Korvath commander on Monday, the group said. Korvath lawmaker Ali Demir said the group would decide how to respond.");
    expect(kindsOf(r, "Korvath")).toEqual(["organization"]);
  });

  it("leaves a town written with its state after a comma", () => {
    const r = run("Tarvex Partners of Boston said it holds a stake. Bellmoor, Mass.-based Quillo, a maker of chips, declined to comment. Tarvex said it had no plans. Tarvex is controlled by two investors.");
    expect(r.actorOf("Bellmoor")?.kind).toBe("place");
  });
});

describe("an indefinite article opening a sentence", () => {
  it("is no part of a name, and a people's adjective after it is no person", () => {
    const r = run("Strike kills commander\n\nVELMAR — An Austrian air strike on the city's southern suburbs killed a senior commander on Monday.");
    expect(r.mentions.some((m) => m.text.startsWith("An "))).toBe(false);
    expect(r.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("a name of several words read as a person and as a firm within one article", () => {
  it("takes the kind most of its readings give", () => {
    const r = run("Tarmo Vell to cut 800 jobs as fuel costs bite\n\nTarmo Vell, the Estovian flag carrier, said on Tuesday it would cut 800 jobs. Shares in Tarmo Vell fell 4 percent.");
    expect(kindsOf(r, "Tarmo Vell")).toEqual(["organization"]);
  });

  it("leaves a titled person and a tie as they are", () => {
    const r = run("Chief executive Orla Brenn said costs rose. Orla Brenn joined in 2019.");
    expect(r.actorOf("Orla Brenn")?.kind).toBe("person");
  });
});

describe("a name of several words read as a group and as a body within one article", () => {
  it("takes the kind its context gives over the tagger's guess", () => {
    const r = run("The ruling party won 41 percent, and the new anti-corruption movement Bright Hands won 12 percent. Prime Minister Eva Lunde said she would seek a coalition with Bright Hands.");
    expect(kindsOf(r, "Bright Hands")).toEqual(["organization"]);
  });
});

describe("a one-word name guessed once in the headline and once in the body", () => {
  it("takes the body's kind: the headline's capitals say less", () => {
    const r = run(
      "Velmark election: what you need to know\n\nVoters in Velmark go to the polls on Sunday in an election that could end 12 years of centre-left rule.\n\nWho are the main candidates?\n\nPrime Minister Eva Lunde, 58, leads the Social Democratic Alliance. Her main challenger is Rolf Bergmo, 47, of the conservative Homeland Party, a former mayor of Korvala.\n\nWhat do the polls say?\n\nA survey by Velstat for the daily Velmark Posten put the Homeland Party at 29 percent and the Social Democrats at 27 percent.",
    );
    expect(kindsOf(r, "Velmark")).toEqual(["place"]);
  });
});
