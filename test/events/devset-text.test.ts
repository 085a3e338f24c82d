import { describe, expect, it } from "vitest";
import { detokenise } from "../../bench/devset/conll.js";
import { halfOf, isProse, quotations, quoteRange, shuffled } from "../../bench/devset/sample.js";

// The dev set's fixtures address rebuilt corpus text by token; these pin the
// rebuilding and the sampling rules, on tokens written for the test.
const tok = (s: string) => s.split(" ");

describe("dev set: rebuilding CoNLL text", () => {
  it("joins tokens as a wire sets them: no space before punctuation and clitics, quotes hugging their text", () => {
    const d = detokenise([tok('The minister said : " We do n\'t agree , " ( reportedly ) .')], 0);
    expect(d.text).toBe('The minister said: "We don\'t agree," (reportedly).');
    const s = d.sentences[0]!;
    expect(d.text.slice(s.starts[5]!, s.ends[5]!)).toBe("We");
  });

  it("one paragraph per sentence, except inside a quotation running over sentences", () => {
    const d = detokenise([tok('" It is over .'), tok('We go home , " he said .'), tok("Rain fell .")], 0);
    expect(d.text).toBe('"It is over. We go home," he said.\n\nRain fell.');
  });

  it("an opening mark left at a sentence's end opens the next paragraph", () => {
    const d = detokenise([tok('" Yes , " she said . "'), tok('No . "')], 0);
    expect(d.text).toBe('"Yes," she said.\n\n"No."');
  });

  it("pairs quotation marks in order and gives the span inside them", () => {
    const d = detokenise([tok('He said " we will stay " and left .')], 0);
    const [q] = quotations(d);
    expect(d.text.slice(quoteRange(d, q!).start, quoteRange(d, q!).end)).toBe("we will stay");
  });
});

describe("dev set: sampling", () => {
  it("the seeded order is fixed and a permutation", () => {
    const a = shuffled(50, 18);
    expect(a).toEqual(shuffled(50, 18));
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(a).not.toEqual(shuffled(50, 19));
  });

  it("prose sentences are long enough, end as sentences and are not tables", () => {
    const s = (t: string) => detokenise([tok(t)], 0).sentences[0]!;
    expect(isProse(s("The council met on Monday to discuss the budget ."))).toBe(true);
    expect(isProse(s("Eastfield 3 Northby 1 Westmere 2 Southam 0 Upton 4 ."))).toBe(false);
    expect(isProse(s("The council met on Monday"))).toBe(false);
  });

  it("even positions tune, odd ones are held out", () => {
    expect([0, 1, 2, 3].map(halfOf)).toEqual(["tune", "held-out", "tune", "held-out"]);
  });
});
