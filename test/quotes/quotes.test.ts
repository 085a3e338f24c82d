import { describe, expect, it } from "vitest";
import { mention, quotes } from "./helpers.js";
import type { QuoteRow } from "../../loaders/types.js";

const brief = (q: QuoteRow) => [q.text, q.kind, q.speaker_text, q.verb];

describe("quotation marks", () => {
  it("curly doubles, attribution after", () => {
    expect(quotes("“We will not retreat,” the general said.").map(brief)).toEqual([
      ["We will not retreat,", "direct", "the general", "said"],
    ]);
  });

  it("straight doubles, attribution before with a colon", () => {
    expect(quotes('The minister said: "Talks are over."').map(brief)).toEqual([["Talks are over.", "direct", "The minister", "said"]]);
  });

  it("wire-style doubled apostrophes and an inverted attribution", () => {
    expect(quotes("''We are ready,'' said Mr Novak.").map(brief)).toEqual([["We are ready,", "direct", "Novak", "said"]]);
  });

  it("keeps nested single quotes inside the text", () => {
    const [q] = quotes("“He told me ‘never again’ and left,” Ms Ortiz said.");
    expect(q!.text).toBe("He told me ‘never again’ and left,");
    expect(q!.speaker_text).toBe("Ortiz");
  });

  it("a quotation running over a paragraph break continues the same speaker", () => {
    const text = "The envoy Lena Vos said: “The first part goes on.\n\n“The second part ends here.”";
    const qs = quotes(text);
    expect(qs.map((q) => [q.text, q.speaker_text, q.verb])).toEqual([
      ["The first part goes on.", "Lena Vos", "said"],
      ["The second part ends here.", "Lena Vos", null],
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("a quote paragraph with no verb continues the previous speaker", () => {
    const qs = quotes("“Prices will rise,” Maria Ortiz warned.\n\n“Nobody can stop it.”");
    expect(qs.map(brief)).toEqual([
      ["Prices will rise,", "direct", "Maria Ortiz", "warned"],
      ["Nobody can stop it.", "direct", "Maria Ortiz", null],
    ]);
  });
});

describe("direct and partial", () => {
  it("a fragment woven into the sentence is partial", () => {
    const [q] = quotes('The mayor described the plan as "a dangerous gamble".');
    expect(brief(q!)).toEqual(["a dangerous gamble", "partial", "The mayor", "described"]);
  });

  it("a sentence after 'said,' is direct", () => {
    const [q] = quotes('Asked about the vote, Anna Berg said, "We accept the result."');
    expect([q!.kind, q!.speaker_text]).toEqual(["direct", "Anna Berg"]);
  });
});

describe("speakers", () => {
  it("strips titles from the speaker's text", () => {
    expect(quotes("Estonian Prime Minister Kaja Tamm told reporters it was “a matter of days”.")[0]!.speaker_text).toBe("Kaja Tamm");
    expect(quotes("The head of the mission, Omar Haddad, told reporters that talks were “at a dead end”.")[0]!.speaker_text).toBe("Omar Haddad");
  });

  it("'according to' names the source", () => {
    expect(quotes("The bridge was “completely destroyed”, according to local police.")[0]!.speaker_text).toBe("local police");
  });

  it("resolves he/she to the last person who spoke", () => {
    const qs = quotes("Alan Pike said the roads were closed. Later the army arrived. “We need help,” he said.");
    expect(qs[0]!.speaker_text).toBe("Alan Pike");
  });

  it("prefers the subject over a person named later in the sentence", () => {
    const text = "Governor Alan Pike, speaking after a call with Ruth Kell, said the dam held. He called it “a small miracle”, and praised the crews.";
    expect(quotes(text)[0]!.speaker_text).toBe("Alan Pike");
  });

  it("a participle shares the subject of its clause", () => {
    const [, q2] = quotes('Ruth Kell said the dam was "stable", adding that crews would "stay all night".');
    expect([q2!.speaker_text, q2!.verb]).toEqual(["Ruth Kell", "adding"]);
  });

  it("'the ministry' refers back to the ministry named before", () => {
    const text = "Talks will resume in May, the Estonian Foreign Ministry said. The focus is “energy security”, the ministry added.";
    expect(quotes(text)[0]!.speaker_text).toBe("the Estonian Foreign Ministry");
  });

  it("a colon introduces a quotation without a speech verb", () => {
    expect(quotes("Ruth Kell said little. On the budget, the minister was blunt: “There is no money.”")[0]!.speaker_text).toBe("the minister");
  });

  it("takes the actor id from mentions, demonym subjects included", () => {
    const text = "Estonian officials said they had “full confidence” in the plan.";
    const ms = [mention(text, "Estonian", "estonia", "country")];
    const [q] = quotes(text, ms);
    expect([q!.speaker, q!.speaker_text]).toEqual(["estonia", "Estonian officials"]);
  });

  it("a pronoun takes the person mention when no speaker was named before", () => {
    const text = "Ruth Kell visited the dam. “It held,” she said.";
    const [q] = quotes(text, [mention(text, "Ruth Kell", "ruth-kell", "person")]);
    expect(q!.speaker).toBe("ruth-kell");
  });
});

describe("labels are not quotes", () => {
  it.each([
    'Officials call it the "iron wall" project.',
    'The so-called "Operation Dawn" began at night.',
    'He signed a decree "On Urgent Measures for Grain Exports" on Friday.',
    'Veterans formed an "independent" committee.',
    'The "peace train" left the station.',
    "Varnholm joined the 12-nation “friends of the harbour” last year.",
    'The agency was labelled as a "foreign agent."',
  ])("%s", (text) => expect(quotes(text)).toEqual([]));

  it("a short phrase someone is said to have said stays a quote", () => {
    expect(quotes("The mayor said the city offered “full support” to the families.")).toHaveLength(1);
    expect(quotes("Estonia’s “deep concern” was raised, officials said.")).toHaveLength(1);
  });
});

describe("marks paired inside out", () => {
  it("a span opening with the reporter's own 'said' is not a quotation; the well-paired one stays", () => {
    // A mark lost before "It was": the pairing runs from the closing mark to the next opening one.
    const text = 'It was a hard season for us, "said the veteran coach." We will rebuild," he added.';
    expect(quotes(text).map((q) => q.text)).not.toContain("said the veteran coach.");
    expect(quotes('"We will rebuild," he said. "Next year is ours."').map((q) => q.text)).toEqual(["We will rebuild,", "Next year is ours."]);
  });

  it("a span opening with 'he said.' is narration between two quotations", () => {
    const text = 'The squad needs youth. "He said. The coach also dropped two defenders." Fine';
    expect(quotes(text).map((q) => q.text)).toEqual(['He said. The coach also dropped two defenders.']);
    expect(quotes('Fine "he said. The coach also dropped two defenders."').map((q) => q.text)).toEqual([]);
  });
});

describe("narration caught between mis-paired marks", () => {
  it("a span that is only '<Name> said.' or opens '<Name> said <clause>' and ends a sentence is the reporter's", () => {
    expect(quotes('The pitch was slow, "Okafor said." Our bowlers struggled.').map((q) => q.text)).toEqual([]);
    expect(quotes('We lost. "Mendes said the plan would take a decade." The board disagreed.').map((q) => q.text)).toEqual([]);
    // A speaker quoting someone else hands over with a comma, and "I said" is a speaker's own words.
    expect(quotes('"Lee said he would come," Kim said.').map((q) => q.text)).toEqual(["Lee said he would come,"]);
    expect(quotes('"I said we should wait." Kim was firm.').map((q) => q.text)).toEqual(["I said we should wait."]);
  });

  it("a span opening with a name and a relative clause on it is narration", () => {
    expect(quotes('"Okafor, who won the title last year, could only watch." I was sad, she said.').map((q) => q.text)).toEqual([]);
    expect(quotes('"Okafor won the title last year," she said.').map((q) => q.text)).toEqual(["Okafor won the title last year,"]);
  });
});

describe("third-person narration with no attribution", () => {
  it("a sentence about a named person with no I or we, between mis-paired marks, is the reporter's", () => {
    expect(quotes('It was hard. "Okafor was pleased with his win over Lund, his first in five meetings." I was tired.').map((q) => q.text)).toEqual([]);
    expect(quotes('It was hard. "The 24-year-old Okafor, who won in Lyon last week, has now won 12 of his last 14 matches." Fine.').map((q) => q.text)).toEqual([]);
  });

  it("a speaker on someone else keeps the quotation: a pronoun subject, a first person, or an attribution", () => {
    expect(quotes('It was hard. "She looked great. Very calm." Fine.').map((q) => q.text)).toEqual(["She looked great. Very calm."]);
    expect(quotes('"Okafor played his best and I was proud," the coach said.').map((q) => q.text)).toEqual(["Okafor played his best and I was proud,"]);
    expect(quotes('"Okafor was pleased with his win," the coach said.').map((q) => q.text)).toEqual(["Okafor was pleased with his win,"]);
  });
});

describe("a short term governed by 'of'", () => {
  it("a lower-case two-word term after a noun's 'of' is a label; after a verb's 'of' it is the speaker's words", () => {
    expect(quotes('Critics said a festival of "silent dancing" last spring drew few people.').map((q) => q.text)).toEqual([]);
    expect(quotes('The minister accused them of "war crimes" in the north, the agency said.').map((q) => q.text)).toEqual(["war crimes"]);
    // A sentence quoted after "of" keeps its punctuation and stays a quote.
    expect(quotes('She spoke of "a long winter." Then she left, the agency said.').map((q) => q.text)).toEqual(["a long winter."]);
  });
});
