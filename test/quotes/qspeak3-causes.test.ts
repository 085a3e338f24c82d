import { describe, expect, it } from "vitest";
import { mention, quotes, quotesWith } from "./helpers.js";
import type { ActorRow } from "../../loaders/types.js";
import { cleanArticle, PARAGRAPH_BREAK } from "../../loaders/clean/index.js";
import { endsLikeSentence } from "../../loaders/clean/headline.js";
import type { RawArticle } from "../../loaders/ingest/index.js";

// General causes found on invented wire stories in the style of the 1990s agencies (datelines,
// ``…'' marks, "quoted him as saying", "said the nominee, X", excerpts of remarks); every test is
// an invented article.

const TESSELIN = [["Arvo Tesselin", "Tesselin"]];
const BOTH = [["Arvo Tesselin", "Tesselin"], ["Odile Brannock", "Brannock"]];

describe("a speech verb's form after a determiner is a noun", () => {
  it("'quoted X as saying the claim had “…”' credits X, not the noun 'claim'", () => {
    const text = 'The agency quoted Foreign Minister Arvo Tesselin as saying the claim had "no basis in law".';
    expect(quotesWith(text, TESSELIN).map((q) => q.speaker)).toEqual(["arvo-tesselin"]);
  });

  it("guard: the verb after a name still speaks", () => {
    const text = 'Tesselin claimed "a clear victory" for the government on Sunday.';
    expect(quotesWith(text, TESSELIN).map((q) => q.speaker)).toEqual(["arvo-tesselin"]);
  });
});

describe("the one quoted as an object pronoun", () => {
  it("'the newspaper quoted him as saying' is the man named before", () => {
    const text =
      "President Arvo Tesselin told a newspaper he would not seek a third term.\n\n" +
      "``Two terms are enough for any man,'' the newspaper quoted him as saying.";
    expect(quotesWith(text, TESSELIN).map((q) => q.speaker)).toEqual(["arvo-tesselin"]);
  });
});

describe("the wire's `` only opens", () => {
  it("a span it opens on 'They said …' is the speaker's, not the reporter's words", () => {
    const text = "``Three studios turned us down,'' said the director, Odile Brannock. ``They said nobody wanted a film about fishermen.''";
    expect(quotesWith(text, BOTH).map((q) => [q.speaker, q.text.slice(0, 9)])).toEqual([
      ["odile-brannock", "Three stu"],
      ["odile-brannock", "They said"],
    ]);
  });
});

describe("a name in apposition after the verb and a description", () => {
  it("'said the nominee, X.' credits X, not an earlier possessor of 'nominee'", () => {
    const text =
      "WASHINGTON _ President Arvo Tesselin's nominee to head the port authority told senators on Tuesday that ships wait too long.\n\n" +
      "``We are running a modern port on old cranes,'' said the nominee, Odile Brannock.";
    expect(quotesWith(text, BOTH).map((q) => q.speaker)).toEqual(["odile-brannock"]);
  });

  it("guard: without a name after it the description stays unnamed", () => {
    const text = "``We are running a modern port on old cranes,'' said the nominee, speaking to reporters.";
    expect(quotesWith(text, BOTH).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a colon before the wire's ``", () => {
  it("'Mayor X: ``…''' credits the name", () => {
    const text = "The mayor held a news conference at noon.\n\nMayor Odile Brannock: ``Crime is down in every district.''";
    expect(quotesWith(text, BOTH).map((q) => q.speaker)).toEqual(["odile-brannock"]);
  });

  it("'an excerpt from remarks by X …:' credits X with the paragraphs quoted after it", () => {
    const text =
      "WASHINGTON _ The following is an excerpt from remarks by Defense Secretary Arvo Tesselin at a news conference on Tuesday:\n\n" +
      "``We have no plans to send troops to the region.\n\n" +
      "``If the situation changes, we will consult the parliament first.''";
    expect(quotesWith(text, TESSELIN).map((q) => q.speaker)).toEqual(["arvo-tesselin", "arvo-tesselin"]);
  });
});

describe("a firm described by its town, its state written out and what it makes", () => {
  const firm = (text: string) => {
    const actors = new Map<string, ActorRow>([
      ["pellmoor", { id: "pellmoor", name: "Pellmoor Tool Corp.", kind: "organization", aliases: [], country: null, role: null, mentions: 1, articles: 1 }],
      ["varnby", { id: "varnby", name: "Varnby", kind: "place", aliases: [], country: null, role: null, mentions: 1, articles: 1 }],
    ]);
    return quotes(text, [mention(text, "Pellmoor Tool Corp.", "pellmoor", "organization"), mention(text, "Varnby", "varnby", "place")], actors);
  };
  it("'The Varnby, Tessaly, maker of lathes and presses said' credits the firm the story is about", () => {
    const text = 'Pellmoor Tool Corp. expects weaker sales in Europe.\n\nThe Varnby, Tessaly, maker of lathes and presses said sales would be "slightly lower" than a year earlier.';
    expect(firm(text).map((q) => [q.speaker, q.speaker_text])).toEqual([["pellmoor", "Pellmoor Tool Corp."]]);
  });

  it("guard: 'the group of investors said' is a group of people, not the firm", () => {
    const text = 'Pellmoor Tool Corp. received an offer on Monday.\n\nThe group of investors said the price was "fair and final".';
    expect(firm(text).map((q) => q.speaker)).toEqual([null]);
  });

  it("guard: 'the leader of the union and officials said' keeps the bare noun as its own subject", () => {
    const text = 'Pellmoor Tool Corp. expects weaker sales.\n\nThe leader of the union and officials said the deal was "a start".';
    expect(firm(text).map((q) => q.speaker_text)).toEqual(["officials"]);
  });
});

describe("quoted judgements and names after a noun phrase", () => {
  it("'had made the last round “a lottery”': a span opening on its own article is no premodified term", () => {
    const text = 'Second-placed Arvo Tesselin said the wind had made the last round "a lottery".';
    expect(quotesWith(text, TESSELIN).map((q) => [q.speaker, q.text])).toEqual([["arvo-tesselin", "a lottery"]]);
  });

  it("'a law on “foreign agents”' names the law's subject, nobody's words", () => {
    const text = 'The parliament passed a law on "foreign agents" that Tesselin said would silence newspapers.';
    expect(quotesWith(text, TESSELIN)).toEqual([]);
  });

  it("guard: a speaker's words after 'on' with no law before them stay a quotation", () => {
    const text = 'Tesselin insisted on "a full and open inquiry" into the sale.';
    expect(quotesWith(text, TESSELIN).map((q) => q.speaker)).toEqual(["arvo-tesselin"]);
  });

  it("a title after 'whose previous film was', its comma inside the wire's marks", () => {
    const text =
      "Brannock, whose previous film was ``The Lantern Keeper,'' raised the money herself. " +
      "``I read the script and I said yes,'' Tesselin said in an interview.";
    expect(quotesWith(text, BOTH).map((q) => q.text)).toEqual(["I read the script and I said yes,"]);
  });
});

describe("the wire's narration between straight marks out of phase", () => {
  it("'\"Brannock, for years …, had hoped …' with an apposition before its verb is narration", () => {
    const text =
      'Coach Arvo Tesselin said: "It is a pity he cannot play in the cup but he will help us in the league.\n\n' +
      '"Brannock, for years one of the league\'s most popular players, had hoped to finish his career at his old club. Tesselin told the radio:" He will be missed.';
    expect(quotesWith(text, BOTH).map((q) => q.text.slice(0, 9))).toEqual(["It is a p"]);
  });

  it("'\"The 32-year-old winger played …' (a person by description, then the verb) is narration", () => {
    const text =
      'Coach Arvo Tesselin said: "It is a pity he cannot play in the cup but he will help us in the league.\n\n' +
      '"The 32-year-old winger played five seasons abroad and won two titles in his time there. Tesselin told the radio:" He will be missed.';
    expect(quotesWith(text, BOTH).map((q) => q.text.slice(0, 9))).toEqual(["It is a p"]);
  });

  it("'\"Tesselin said .. -- Velmar Newsroom' (a name, its verb and a stop, then the sign-off) is the reporter's", () => {
    const text = '"With the rate cut Velmar bonds will look cheap. " So buy them now, "Tesselin said .. -- Odile Brannock, Velmar Desk +42 2 2423 0003';
    expect(quotesWith(text, BOTH).map((q) => q.text.trim().slice(0, 9))).toEqual(["With the "]);
  });

  it("guard: a quotation about a player, handed over with a comma, stays a quotation", () => {
    const text = '"Brannock, for years our best player, had a fine season. He deserved the award," Tesselin said.';
    expect(quotesWith(text, BOTH).map((q) => q.speaker)).toEqual(["arvo-tesselin"]);
  });
});

describe("citing forms after the fresh batch", () => {
  it("'quoted the village mayor, X, as saying' credits the name in apposition", () => {
    const text =
      'Spokesman Arvo Tesselin denied the report.\n\n' +
      '"They came in two trucks and left after an hour," the agency quoted the village mayor, Odile Brannock, as saying.';
    expect(quotesWith(text, BOTH).map((q) => q.speaker)).toEqual(["odile-brannock"]);
  });

  it("'excerpts from President X's radio address:' credits X with the paragraphs after it", () => {
    const text =
      "WASHINGTON _ The following are excerpts from President Arvo Tesselin's radio address Saturday:\n\n" +
      "``Tonight I want to talk to you about our schools.\n\n" +
      "``Every child deserves a good teacher.''";
    expect(quotesWith(text, TESSELIN).map((q) => q.speaker)).toEqual(["arvo-tesselin", "arvo-tesselin"]);
  });

  it("'The following is the text …:' names no speaker, nor does its dateline", () => {
    const text = "VELMAR _ The following is the text of a note handed to reporters:\n\n``The talks will resume on Monday.''";
    const rows = quotes(text, [mention(text, "VELMAR", "velmar", "place")], new Map<string, ActorRow>([
      ["velmar", { id: "velmar", name: "Velmar", kind: "place", aliases: [], country: null, role: null, mentions: 1, articles: 1 }],
    ]));
    expect(rows.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a relative given by a possessive, named in apposition before", () => {
  it("'His wife said … she told' after 'his wife, Odile,' is Odile, not the husband", () => {
    const text =
      "Minister Arvo Tesselin resigned after a newspaper reported that his wife, Odile, had received a state contract.\n\n" +
      'His wife said the contract had been won in an open tender. "Everything was done by the rules," she told state radio.';
    expect(quotesWith(text, [["Arvo Tesselin", "Tesselin"], ["Odile"]]).map((q) => q.speaker)).toEqual(["odile"]);
  });

  it("guard: another relation's apposition ('his lawyer, X,') names nobody's wife", () => {
    const text =
      "Arvo Tesselin resigned on Monday; his lawyer, Odile Brannock, said he would sue the newspaper.\n\n" +
      '"Everything was done by the rules," his wife said.';
    expect(quotesWith(text, BOTH).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a judgement named by a person given by a possessive", () => {
  it("'a ruling his lawyer called ``an attack on press freedom.''' is a quotation", () => {
    const text = "A court jailed the journalist Arvo Tesselin for three years on Monday, a ruling his lawyer called ``an attack on press freedom.''";
    expect(quotesWith(text, TESSELIN).map((q) => q.text)).toEqual(["an attack on press freedom."]);
  });

  it("guard: a name given to a thing after 'his boat called' stays a name", () => {
    const text = 'Tesselin sailed alone for a year on his boat called "Lark Tern" and wrote a book about it.';
    expect(quotesWith(text, TESSELIN)).toEqual([]);
  });
});

describe("clean: a paragraph closing on the wire's '' is a sentence", () => {
  const raw = (content: string): RawArticle => ({ id: "x", file: "x.txt", sha256: "0".repeat(64), format: "txt", content, meta: null });
  it("keeps the last paragraph when it ends on .''", () => {
    const paras = [
      "The head of the central bank said on Thursday that the currency was undervalued and could rise this year, as inflation fell faster than expected.",
      "``We are very pleased with the figures,'' he said. ``But we must not become complacent.''",
    ];
    expect(cleanArticle(raw(paras.join("\n\n"))).text.split(PARAGRAPH_BREAK)).toEqual(paras);
  });

  it("guard: one apostrophe after a stop is no closing mark (a data line's)", () => {
    expect(endsLikeSentence("We go now.''")).toBe(true);
    expect(endsLikeSentence("Item 7: Varnby Harbour Bd.'")).toBe(false);
  });
});
