import { describe, expect, it } from "vitest";
import { mention, quotes } from "./helpers.js";
import type { ResolvedMention } from "../../loaders/types.js";

// Attribution as AP, the New York Times and the Wall Street Journal write it (stories printed as one
// paragraph, "said" before the speaker, speakers given by office or apposition), on invented sentences.
const speakers = (text: string, ms: ResolvedMention[]) => quotes(text, ms).map((q) => q.speaker);

describe("a story printed as one paragraph", () => {
  it("a quotation that is a sentence of its own goes on with the speaker of the sentence before", () => {
    const text = "``Prices will hold,'' said Ann Ode, an economist at Harbour Bank. ``The harvest was good.'' Lin Varga, a trader, said stocks were low.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["ann-ode", "ann-ode"]);
  });

  it("the chain runs back over quotation-only sentences to the one that names the speaker", () => {
    const text = "Ann Ode spoke first. ``We came to talk,'' Ode said. ``We will stay.'' ``We will not leave.'' Later, Lin Varga said the talks had failed.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Ode", "ann-ode", "person", 20), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["ann-ode", "ann-ode", "ann-ode"]);
  });

  it("a quotation woven into a sentence is not carried back to the sentence before", () => {
    const text = "Ann Ode said prices would hold. The harvest was ``good enough,'' Lin Varga said.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["lin-varga"]);
  });
});

describe("speakers given by description or apposition", () => {
  it("'said a <Body> spokesman, speaking …' credits the body the description names", () => {
    const text = "``The talks will go on,'' said a Harbour Ministry spokesman, speaking on condition of anonymity. Later, residents who live nearby said the roads were closed.";
    expect(speakers(text, [mention(text, "Harbour Ministry", "harbour-ministry", "organization")])).toEqual(["harbour-ministry"]);
  });

  it("'said a spokesman for <body>' keeps the body after 'for'", () => {
    const text = "``No decision was taken,'' said a spokesman for the Harbour Ministry. Ann Ode said later the vote was close.";
    const ms = [mention(text, "Harbour Ministry", "harbour-ministry", "organization"), mention(text, "Ann Ode", "ann-ode", "person")];
    expect(speakers(text, ms)).toEqual(["harbour-ministry"]);
  });

  it("an unnamed trader at a foreign bank is nobody by name, not the bank's country", () => {
    const text = "``The market is thin,'' said one bond trader at a Varn bank.";
    expect(speakers(text, [mention(text, "Varn", "varn", "country")])).toEqual([null]);
  });

  it("a description set off by commas before the verb is the speaker, not a name said later in the sentence", () => {
    const text = "``They ran,'' a detective, speaking on condition of anonymity, said of the robbers. Ann Ode said the shop would reopen.";
    expect(speakers(text, [mention(text, "Ann Ode", "ann-ode", "person")])).toEqual([null]);
  });

  it("a company with an apposition holding a city and its state ('a Varn, Ore., toy maker') is the speaker", () => {
    const text = 'Tellco, a Varn, Ore., toy maker, said it bought the stock "as a long-term holding."';
    const ms = [mention(text, "Tellco", "tellco", "organization"), mention(text, "Varn", "varn", "place")];
    expect(speakers(text, ms)).toEqual(["tellco"]);
  });

  it("the possessor of a family tie is not the speaker ('Ode's stepmother, who …, said')", () => {
    const text = "Ode's stepmother, who lives in Varn, said: ``He should write to us more often.''";
    expect(speakers(text, [mention(text, "Ode", "ann-ode", "person")])).toEqual([null]);
  });

  it("the country an ambassador is sent to is not the ambassador's", () => {
    const text = "The Varnese ambassador to Eastland said the guests could leave ``as soon as the threats end.''";
    expect(speakers(text, [mention(text, "Eastland", "eastland", "country")])).toEqual([null]);
  });

  it("a fronted adverb is passed over for the name in apposition ('Similarly, the minister, Ann Ode, who …, said')", () => {
    const text = "Similarly, the trade minister, Ann Ode, who ran a bakery for years, said the port was ``open for business again.''";
    expect(speakers(text, [mention(text, "Ann Ode", "ann-ode", "person")])).toEqual(["ann-ode"]);
  });
});

describe("pronouns after a speaker given by office", () => {
  it("'he said' after 'said a <Body> official' is that official, credited to the body, not a person named before", () => {
    const text = "Ann Ode was hurt. ``The roof fell in,'' said a Harbour Embassy official in Varn, who refused to give his name. ``Nobody saw it coming,'' he said.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Harbour Embassy", "harbour-embassy", "organization"), mention(text, "Varn", "varn", "place")];
    expect(speakers(text, ms)).toEqual(["harbour-embassy", "harbour-embassy"]);
  });
});

describe("labels stop at the sentence end", () => {
  it("a naming word ending the sentence before ('refused to be named.') does not make the next quotation a label", () => {
    const text = "``The roof fell in,'' said a Varn police officer, who refused to be named. ``Nobody saw it coming,'' he said.";
    expect(quotes(text).map((q) => q.text)).toEqual(["The roof fell in,", "Nobody saw it coming,"]);
  });
});

describe("subjects shared across a clause", () => {
  it("'Saying ``…'' after X, <body> ordered …' credits the main clause's subject past the phrase after the quotation", () => {
    const text = "Ann Ode spoke on Monday. Saying ``the harvest is safe'' after the floods, Varn's government ordered farmers to stay home.";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Varn", "varn", "country")];
    expect(speakers(text, ms)).toEqual(["varn"]);
  });

  it("a speech verb coordinated with the clause's first verb shares its subject ('X compared … and said ``…''')", () => {
    const text = "The daily Harbour Star visited the new mayor and said she ``has earned the trust of the docks.''";
    expect(speakers(text, [mention(text, "Harbour Star", "harbour-star", "organization")])).toEqual(["harbour-star"]);
  });

  it("a crowd chanting is not the person last named", () => {
    const text = "Ann Ode said the order was lawful. About 200 farmers walked to the square, carrying banners and chanting ``Open the mills.''";
    expect(speakers(text, [mention(text, "Ann Ode", "ann-ode", "person")])).toEqual([null]);
  });

  it("a name given after a naming word and a possessor is a label ('dubbed Varn's ``iron wall''')", () => {
    expect(quotes("Fans sang songs for the keeper, dubbed Varn's ``iron wall'' by the press, the club said.")).toEqual([]);
  });
});

describe("'call' as a speech verb", () => {
  it("'X called the move a ``…''' credits X", () => {
    const text = "The league fined the club. Ann Ode called the fine a ``short pause in a long season.''";
    expect(speakers(text, [mention(text, "Ann Ode", "ann-ode", "person")])).toEqual(["ann-ode"]);
  });

  it("a passive 'were called ``…''' does not make the thing called the speaker", () => {
    const text = "Lin Varga mocked the budget. Ode's budget plans were called ``an old scheme that sank the harbour towns once and will sink them all over again next year,'' Varga said.";
    const ms = [mention(text, "Lin Varga", "lin-varga", "person"), mention(text, "Ode", "ann-ode", "person"), mention(text, "Varga", "lin-varga", "person", 30)];
    expect(speakers(text, ms)).toEqual(["lin-varga"]);
  });

  it("'called' without a quotation after it leaves a later colon to introduce the quotation", () => {
    const text = "When the referee called the return good, Ann Ode shouted at Lin Varga: ``You cheat.''";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Lin Varga", "lin-varga", "person")];
    expect(speakers(text, ms)).toEqual(["ann-ode"]);
  });
});

describe("inverted speakers", () => {
  it("'said <name> of the <body>' keeps the name, affiliation and all", () => {
    const text = "``Nobody here wants the school closed,'' said Ann Ode of the Varn-based Harbour Foundation. ``It has served the town well.''";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Harbour Foundation", "harbour-foundation", "organization")];
    expect(speakers(text, ms)).toEqual(["ann-ode", "ann-ode"]);
  });

  it("'Says <name>, <description>: ``…''' opening the sentence credits the name", () => {
    const text = "Bond prices fell again. Says Ann Ode, chief investment officer of Harbour Bank: ``The slide has only begun.''";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person"), mention(text, "Harbour Bank", "harbour-bank", "organization")];
    expect(speakers(text, ms)).toEqual(["ann-ode"]);
  });
});

describe("hearsay and fronted pronouns", () => {
  it("'was said to' is hearsay, and 'In …, she declined …, but said: ``…''' is the pronoun's person", () => {
    const text = "Ann Ode, the prince's adviser, was asked about the letter the prince was said to be holding. In an interview on the radio, she declined to give details, but said: ``The prince is hopeful.''";
    const ms = [mention(text, "Ann Ode", "ann-ode", "person")];
    expect(speakers(text, ms)).toEqual(["ann-ode"]);
  });
});

describe("legislators with party and state", () => {
  it("'Sen. <name>, R-Kan., said Tuesday' credits the senator, not the tag nor the day", () => {
    const text = "``We will not give way on the tax bill,'' Sen. Ann Ode, R-Kan., said Tuesday.";
    expect(speakers(text, [mention(text, "Ann Ode", "ann-ode", "person")])).toEqual(["ann-ode"]);
  });

  it("'Rep. <name>, D-Mass., said …' credits the representative", () => {
    const text = "Rep. Ann Ode, D-Mass., said the bill was ``dead on arrival.''";
    expect(speakers(text, [mention(text, "Ann Ode", "ann-ode", "person")])).toEqual(["ann-ode"]);
  });
});
