import { describe, expect, it } from "vitest";
import { quotesWith } from "./helpers.js";

// Quoted terms the reporter uses, told from a speaker's partial quotations by the sentence around
// the marks. Every sentence is invented.

const texts = (text: string, people: string[][] = []) => quotesWith(text, people).map((q) => q.text);

describe("a term the sentence defines", () => {
  it("'a \"rash\" on the arm, a condition that …' names a thing, whoever the sentence credits", () => {
    const text = 'The boy, Tam Oder, has a "stone rash" on his left arm, a condition that few doctors have seen, the Brindle clinic said.';
    expect(texts(text, [["Tam Oder", "Oder"]])).toEqual([]);
  });

  it("'the pump's \"flow valve\", a set of gears that …' names a part", () => {
    const text = 'Vessa Corp said a buyer found a fault in the pump\'s "flow valve", a set of gears that meter the water.';
    expect(texts(text)).toEqual([]);
  });

  it("an apposition that classes a spoken claim keeps the quotation: '\"fair\", a view …'", () => {
    const text = 'Ann Ode said the deal was "fair and open", a view that her rivals reject.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual(["fair and open"]);
  });
});

describe("'the' and modifiers before a short term", () => {
  it("'the seemingly endless \"price wars,\"' is the reporter's noun phrase", () => {
    const text = 'Rui Lund called a link to the seemingly endless "price wars," wrong.';
    expect(texts(text, [["Rui Lund", "Lund"]])).toEqual([]);
  });

  it("a verb's object after a speech verb stays a quotation: 'said it was a \"great relief\"'", () => {
    const text = 'Rui Lund said it was a "great relief" to be home.';
    expect(texts(text, [["Rui Lund", "Lund"]])).toEqual(["great relief"]);
  });
});

describe("a possessed premodifier", () => {
  it("'the central bank's \"kobo\" index' names a kind of index", () => {
    const text = 'Finance Minister Ann Ode said on Monday that policy had not changed after the central bank\'s "kobo" index was released.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual([]);
  });

  it("'Varn's \"strong support\" for' stays a quotation", () => {
    const text = 'Ann Ode thanked Varnland for its "strong support" for the plan, she said.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual(["strong support"]);
  });
});

describe("titles and naming nouns", () => {
  it("'the set of \"Harbour Lights,\" which …': a title after a preposition, its comma inside the marks", () => {
    const text = 'He said Ode, best known for the "Tall Ships" films, left the set of "Harbour Lights," which is filming in Brindle, to be with her family, his agent said.';
    expect(texts(text, [["Ode"]])).toEqual([]);
  });

  it("'the old proverb \"…\"' is a saying named, not the speaker's words", () => {
    const text = 'The bishop said the old proverb "Still waters run deep" would be his theme.';
    expect(texts(text)).toEqual([]);
  });
});

describe("a later verb with its own clause", () => {
  it("'from a \"foreign body.\" The firm … said the payment was …' does not reach back", () => {
    const text = 'The results include a one-time payment from a "foreign body." Tellco would not name it, but said the payment was for a licence.';
    expect(texts(text, [["Tellco"]])).toEqual([]);
  });

  it("a later tag that ends its clause still credits the words: '… \"quite soon.\" Tellco said.'", () => {
    const text = 'The deal will close "quite soon," Tellco said on Monday. Tellco said the payment was made.';
    expect(texts(text, [["Tellco"]])).toEqual(["quite soon,"]);
  });
});

describe("a stop inside the marks of an unattributed term", () => {
  it("'… \"resting,\" \"injured\" or a \"loss.\"': the reporter's stop ends no quoted sentence", () => {
    const text = 'The club\'s web page lists its players with a mark showing whether they are "resting," "injured" or a "loss." Fans were upset.';
    expect(texts(text)).toEqual([]);
  });

  it("an attributed word with its stop stays a quotation", () => {
    const text = 'Tellco said the start of the quarter was "quite slow."';
    expect(texts(text, [["Tellco"]])).toEqual(["quite slow."]);
  });
});

describe("a status conferred or declared", () => {
  it("'would declare Brindle \"capital of the coast\"' names a rank", () => {
    const text = 'Mayor Ann Ode said the actors would declare Brindle "capital of the Varn coast" on Sunday.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual([]);
  });

  it("'police declared an \"exclusion area\" in the town' names a measure", () => {
    const text = 'Police have declared an "exclusion area" in the town, giving them powers to search cars.';
    expect(texts(text)).toEqual([]);
  });

  it("a judging verb keeps its object's words a quotation: 'Lund called the plan \"reckless\"'", () => {
    const text = 'Rui Lund called the plan "reckless and cruel" on Sunday.';
    expect(texts(text, [["Rui Lund", "Lund"]])).toEqual(["reckless and cruel"]);
  });

  it("'declared that the talks were \"over\"' stays a quotation", () => {
    const text = 'Rui Lund declared that the talks were "over for good" after the vote.';
    expect(texts(text, [["Rui Lund", "Lund"]])).toEqual(["over for good"]);
  });
});

describe("a possessed judgement", () => {
  it("'the firm's \"dismal\" results' stays a quotation: an evaluative word is the judge's", () => {
    const text = 'Ann Ode, an analyst at Brindle Bank, said the firm\'s "dismal" results were no surprise.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual(["dismal"]);
  });
});

describe("a speech verb's object", () => {
  it("'praised the side's \"fighting spirit\", a quality that …' stays the speaker's words", () => {
    const text = 'Rui Lund praised the side\'s "fighting spirit", a quality that won them the cup.';
    expect(texts(text, [["Rui Lund", "Lund"]])).toEqual(["fighting spirit"]);
  });
});

describe("a declared state, and a declaration that is speech", () => {
  it("'Ode declared a \"new era\" for the club' stays a quotation: no state or measure is named", () => {
    const text = 'Ann Ode declared a "new era" for the club on Sunday.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual(["new era"]);
  });
});

describe("a speech verb declined", () => {
  it("'officials declined to say what each week's \"theme\" will be' quotes nobody", () => {
    const text = 'Although officials declined to say what each week\'s "theme" will be, the aim is to draw crowds.';
    expect(texts(text)).toEqual([]);
  });

  it("a negation inside the reported clause keeps the quotation: 'said she would not accept a \"bad deal\"'", () => {
    const text = 'Ann Ode said she would not accept a "bad deal" for the town.';
    expect(texts(text, [["Ann Ode", "Ode"]])).toEqual(["bad deal"]);
  });
});

describe("an agentless passive", () => {
  it("'men accused of being \"agitators\" in the camps' credits the words to nobody", () => {
    const text = 'Varnland said on Monday that Brindle had expelled 12 men accused of being "agitators" in the camps.';
    expect(texts(text)).toEqual([]);
  });

  it("'in what police described as a \"calm exit\"' keeps the quotation: a fronted object, an active verb", () => {
    const text = 'The gunmen let the passengers go in small groups, in what police described as a "calm exit".';
    expect(texts(text)).toEqual(["calm exit"]);
  });

  it("an agent after the span keeps it: 'described as \"very calm\" by his coach'", () => {
    const text = 'Lund, described as "very calm" by his coach, won the final.';
    expect(texts(text)).toEqual(["very calm"]);
  });
});
