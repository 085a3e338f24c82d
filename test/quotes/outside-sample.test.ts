import { describe, expect, it } from "vitest";
import { quotes, quotesWith } from "./helpers.js";
import { extractFigures } from "../../loaders/figures/index.js";
import { doc } from "../figures/helpers.js";

// Wrong or missing speakers read on unseen news outside every dev fixture, each on an invented sentence.

describe("speech verbs the lexicon lacked", () => {
  it("'spoke of' credits the one who spoke, not the speaker of the main clause after it", () => {
    const text = 'Although Rui Lund spoke of "boys" his deputy, Ann Ode, said the case involved young men.';
    const rows = quotesWith(text, [["Rui Lund", "Lund"], ["Ann Ode", "Ode"]]);
    expect(rows.map((q) => [q.text, q.speaker])).toEqual([["boys", "rui-lund"]]);
  });

  it("'chimed in' attributes the quotation after it", () => {
    const text = 'The fans said the food was good, but Ada Kell chimed in, "The water costs far too much."';
    expect(quotesWith(text, [["Ada Kell", "Kell"]]).map((q) => q.speaker)).toEqual(["ada-kell"]);
  });

  it("a firm that 'cited' words is their speaker", () => {
    const text = 'Revenue fell 8% in the quarter. Tellco cited "a general softening in demand for its phones."';
    const rows = quotesWith(text, []);
    expect(rows.map((q) => q.speaker_text)).toEqual(["Tellco"]);
  });
});

describe("speech verbs the lexicon lacked: expressed", () => {
  it("'Ode expressed irritation that … \"rehabilitation\"' credits Ode", () => {
    const text = 'During his speech, Ann Ode expressed irritation that the envoys were not allowed to stay and help in his "rehabilitation." Lund was away.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });
});

describe("labels", () => {
  it("'known in the valley as Varn's \"teacher\" and \"apostle\"' names, it quotes nobody", () => {
    const text = 'Children recited poems for Ode, widely known in the valley as Varn\'s "teacher" and "apostle." The paper said so.';
    expect(quotesWith(text, [["Ode"]])).toEqual([]);
  });

  it("'as' after a speech verb still quotes", () => {
    const text = 'Lund, known for plain words, described the deal as "a disaster for the town", his office said.';
    expect(quotesWith(text, [["Lund"]]).map((q) => q.text)).toEqual(["a disaster for the town"]);
  });
});

describe("a list of statements, each under its speaker's name", () => {
  it("'Ode on Thursday \"…\"' credits the name heading the quotation", () => {
    const text = 'Following are statements by Ann Ode and Rui Lund: Ode on Thursday "We did nothing wrong and we will say so in court." Lund on Friday. "I have nothing to add to what was said."';
    const rows = quotesWith(text, [["Ann Ode", "Ode"], ["Rui Lund", "Lund"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["ann-ode", "rui-lund"]);
  });

  it("a day in the reporter's clause before a quotation heads nothing", () => {
    const text = 'Ann Ode spoke to reporters. The vote is on Thursday "whatever happens," a rival wrote.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a document and its issuer", () => {
  it("'…\" of the accords, said the statement by spokesman Rui Lund' credits the spokesman", () => {
    const text = '"Varn reiterates its full commitment to the implementation" of the accords signed in 1994, said the statement by spokesman Rui Lund.';
    expect(quotesWith(text, [["Rui Lund", "Lund"]]).map((q) => q.speaker)).toEqual(["rui-lund"]);
  });
});

describe("a pronoun pointing ahead", () => {
  it("'Although he called …, Mr. Ode forecast …' credits the main clause's subject", () => {
    const text = 'Builders have left the site, Rui Lund said. Although he called the market "highly competitive," Mr. Ode, the firm\'s chairman, forecast a gain for the year.';
    const rows = quotesWith(text, [["Rui Lund", "Lund"], ["Ode"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["ode"]);
  });

  it("a pronoun in a clause that is not fronted keeps its antecedent", () => {
    const text = 'Rui Lund spoke first. He called the market "highly competitive," while Ode forecast a gain.';
    expect(quotesWith(text, [["Rui Lund", "Lund"], ["Ode"]]).map((q) => q.speaker)).toEqual(["rui-lund"]);
  });
});

describe("scare quotes", () => {
  it("a lower-case word in a sentence without a speech verb is no quotation of a speaker further off", () => {
    const text = 'Varn seized the port last week. With the port now "annexed," Varn controls a fifth of the coast trade. Prices rose after the seizure and shippers moved their cargo elsewhere. Ann Ode then ordered a blockade, saying it would last for months.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.text)).toEqual([]);
  });

  it("a word the sentence's own verb attributes stays a quotation", () => {
    const text = 'Ann Ode said the talks were "pointless," and left the room early on Monday.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]]).map((q) => q.text)).toEqual(["pointless,"]);
  });
});

describe("a name its apposition calls a thing", () => {
  it("'the eighth day of \"Harbour Watch,\" the operation designed to …' is a label", () => {
    const text = 'Varn ordered the blockade on Monday, Ann Ode said. Today is the fifth day of "Harbour Watch," the operation designed to stop the ships.';
    expect(quotesWith(text, [["Ann Ode", "Ode"]])).toEqual([]);
  });

  it("a capitalised quotation followed by a description of a person stays a quotation", () => {
    const text = '"Never Again," the minister said on Monday.';
    expect(quotesWith(text).map((q) => q.text)).toEqual(["Never Again,"]);
  });
});

describe("the subject a coordinated 'and said' shares", () => {
  it("'The Varn Party daily Vox compared … and said \"…\"' credits the paper, not its owner", () => {
    const text = 'The Varn Party daily Vox compared Ode with a rebel hero and said the boy "has become a symbol of the injustice."';
    const rows = quotesWith(text, []);
    const vox = { article: "t", actor: "vox", start: text.indexOf("Vox"), end: text.indexOf("Vox") + 3, text: "Vox", sentence: 0, kind: "organization" as const };
    const party = { article: "t", actor: "varn-party", start: text.indexOf("Varn Party"), end: text.indexOf("Varn Party") + 10, text: "Varn Party", sentence: 0, kind: "organization" as const };
    expect(rows.length).toBe(1);
    expect(quotes(text, [party, vox]).map((q) => q.speaker)).toEqual(["vox"]);
  });
});

describe("a passive naming verb's agent", () => {
  it("'files regarded as \"restricted\" by the Varn authorities, a spokesman said' credits the authorities", () => {
    const text = 'Inspectors read three files regarded as "restricted" by the Varn authorities, spokesman Rui Lund said.';
    const varn = { article: "t", actor: "varn", start: text.indexOf("Varn"), end: text.indexOf("Varn") + 4, text: "Varn", sentence: 0, kind: "country" as const };
    const lund = { article: "t", actor: "rui-lund", start: text.indexOf("Rui Lund"), end: text.indexOf("Rui Lund") + 8, text: "Rui Lund", sentence: 0, kind: "person" as const };
    expect(quotes(text, [varn, lund]).map((q) => q.speaker)).toEqual(["varn"]);
  });

  it("an active 'described … as \"…\"' keeps its subject", () => {
    const text = 'Rui Lund described the sites as "sensitive" by any measure, he said.';
    expect(quotesWith(text, [["Rui Lund", "Lund"]]).map((q) => q.speaker)).toEqual(["rui-lund"]);
  });
});

describe("a passive naming verb's agent: guards", () => {
  it("'denounced \"crimes\" by the army' keeps the one who denounced", () => {
    const text = 'Rui Lund denounced "crimes" by the Varn army, his office said.';
    const lund = { article: "t", actor: "rui-lund", start: 0, end: 8, text: "Rui Lund", sentence: 0, kind: "person" as const };
    const varn = { article: "t", actor: "varn", start: text.indexOf("Varn"), end: text.indexOf("Varn") + 4, text: "Varn", sentence: 0, kind: "country" as const };
    expect(quotes(text, [lund, varn]).map((q) => q.speaker)).not.toEqual(["varn"]);
  });
});

describe("a government's voice in a datelined story", () => {
  const story = (text: string) => {
    const place = { article: "t", actor: "varnby", start: 0, end: 6, text: "VARNBY", sentence: 0, kind: "place" as const };
    const at = text.indexOf("Varnland");
    const country = { article: "t", actor: "varnland", start: at, end: at + 8, text: "Varnland", sentence: 0, kind: "country" as const };
    const actors = new Map([
      ["varnby", { id: "varnby", name: "Varnby", kind: "place" as const, aliases: [], country: "VRN", role: null, mentions: 1, articles: 1 }],
      ["varnland", { id: "varnland", name: "Varnland", kind: "country" as const, aliases: [], country: "VRN", role: null, mentions: 1, articles: 1 }],
    ]);
    return quotes(text, [place, country], actors);
  };

  it("'said a government communique' under a 'VARNBY (AP) --' dateline is the dateline's country", () => {
    expect(story('VARNBY (AP) -- The boy may not return to Varnland soon.\n\n"Nothing is certain," said a government communique.').map((q) => q.speaker)).toEqual(["varnland"]);
  });

  it("without a dateline, an unnamed government stays as written", () => {
    expect(story('The boy may not return to Varnland soon, VARNBY reports. "Nothing is certain," said a government communique.').map((q) => q.speaker)).toEqual([null]);
  });
});

describe("scare quotes: guards", () => {
  it("a possessor before the words gives them an owner: 'assure him of Varn's \"strong support\"'", () => {
    const text = 'Ode will meet Rui Lund, whom he hopes to assure of Varn\'s "strong support" for the port in its dispute with the northern shippers. The talks also cover tariffs, the ministry said.';
    expect(quotesWith(text, [["Ode"], ["Rui Lund", "Lund"]]).map((q) => q.text)).toEqual(["strong support"]);
  });
});

describe("a town and its state inside the subject", () => {
  it("'Ann Ode of the Varnby, Alaska police department described X as \"…\"' credits Ode, not the state", () => {
    const text = 'Police found the man on Monday. Ann Ode of the Varnby, Alaska police department described him as "extremely cooperative".';
    const alaska = { article: "t", actor: "alaska", start: text.indexOf("Alaska"), end: text.indexOf("Alaska") + 6, text: "Alaska", sentence: 0, kind: "place" as const };
    const ode = { article: "t", actor: "ann-ode", start: text.indexOf("Ann Ode"), end: text.indexOf("Ann Ode") + 7, text: "Ann Ode", sentence: 0, kind: "person" as const };
    expect(quotes(text, [ode, alaska]).map((q) => q.speaker)).toEqual(["ann-ode"]);
  });
});

describe("sex from a full name", () => {
  it("a man whose surname is also a woman's first name is still who 'he' means ('Tarn Christie')", () => {
    const text = 'Rui Lund confirmed the line-up. Although Tarn Christie took his time to agree, the veteran was happy. When the champions arrived, Christie was quick to hand them his book. "Can you please sign it," he said.';
    const rows = quotesWith(text, [["Rui Lund", "Lund"], ["Tarn Christie", "Christie"]]);
    expect(rows.map((q) => q.speaker)).toEqual(["tarn-christie"]);
  });
});

describe("'cited … as saying'", () => {
  it("'the paper Vox has cited an unnamed source as saying' does not make the paper the speaker of what follows", () => {
    const text = 'About 70 volunteers are ready to go, the paper Vox has cited an unnamed source in the Varn embassy as saying. "They are all former soldiers," the source added.';
    const vox = { article: "t", actor: "vox", start: text.indexOf("Vox"), end: text.indexOf("Vox") + 3, text: "Vox", sentence: 0, kind: "organization" as const };
    expect(quotes(text, [vox]).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("'cited … as saying' in a figure's attribution", () => {
  it("credits the one cited, not the paper that cites", () => {
    const text = "About 70 volunteers are ready to go, the paper Vox has cited an unnamed source in the Varn embassy as saying.";
    const rows = extractFigures(doc(text), [], new Map());
    expect(rows[0]?.attributed_to).not.toMatch(/Vox/);
  });
});
