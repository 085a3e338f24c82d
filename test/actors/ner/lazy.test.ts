import { describe, expect, it } from "vitest";
import { FeatureBuffer, featurizeDoc } from "../../../loaders/actors/ner/features.js";
import { gazetteerMarks, nerGazetteer } from "../../../loaders/actors/ner/gazetteer.js";
import { NEXT, NEXT2, NONE_WORD, PREV, PREV2, pushGroup, SELF } from "../../../loaders/actors/ner/wordfeatures.js";
import { wordInfo } from "../../../loaders/actors/ner/wordinfo.js";

// The tagger's shortcuts must give exactly what the plain computation gives:
// gazetteer marks read per distinct word and cut at phrase prefixes, and static
// features made only for the tokens the decoder scores. Sentences written for this test.
const SENTENCES = [
  "The New York City Council met the United States ambassador in Buenos Aires on Monday .".split(" "),
  "Officials from South Korea and the United Kingdom said the talks in New Delhi would resume .".split(" "),
  "PRIME MINISTER VISITS HONG KONG AS NEW ZEALAND TEAM ARRIVES".split(" "),
  "new york new new york united united states of america".split(" "),
];

/** gazetteerMarks as first written: every key up to maxWords built and looked up, longest first. */
function exhaustiveMarks(lowers: string[]): Int32Array {
  const g = nerGazetteer();
  const marks = new Int32Array(lowers.length);
  for (let i = 0; i < lowers.length; ) {
    const keys = [lowers[i]!];
    if (g.firstWords.has(lowers[i]!)) for (let n = 2; n <= g.maxWords && i + n <= lowers.length; n++) keys.push(`${keys[n - 2]} ${lowers[i + n - 1]}`);
    let matched = 0;
    for (let n = keys.length; n >= 1 && !matched; n--) {
      const mask = g.phrases.get(keys[n - 1]!);
      if (!mask) continue;
      matched = n;
      for (let k = 0; k < n; k++) marks[i + k] = mask * 4 + (n === 1 ? 3 : k === 0 ? 0 : k === n - 1 ? 2 : 1);
    }
    i += matched || 1;
  }
  return marks;
}

describe("the tagger's shortcuts", () => {
  it("marks gazetteer phrases exactly as an exhaustive lookup does", () => {
    let phrases = 0;
    for (const s of SENTENCES) {
      const words = s.map(wordInfo);
      const marks = gazetteerMarks(words);
      expect([...marks]).toEqual([...exhaustiveMarks(words.map((w) => w.lower))]);
      phrases += [...marks].filter((m) => (m & 3) === 0).length;
    }
    // Multi-word phrases were found (a mark at position 0 begins one): the test exercises the cut.
    expect(phrases).toBeGreaterThan(3);
  });

  it("makes each token's static features on demand, the same as the training buffer's tail", () => {
    const all = featurizeDoc(SENTENCES);
    const lazy = featurizeDoc(SENTENCES, true);
    expect(lazy.feats).toBeUndefined();
    expect(lazy.tokens).toBe(all.tokens);
    const buf = new FeatureBuffer();
    let t = 0;
    for (const s of SENTENCES) {
      const words = s.map(wordInfo);
      for (let k = 0; k < s.length; k++, t++) {
        buf.length = 0;
        lazy.staticAt!(t, buf);
        // Training puts the word-alone features first (the decoder adds those from its cache); the static ones follow, in order.
        const alone = new FeatureBuffer();
        const caseless = lazy.caseless![t] === 1;
        const roles: [number, number][] = [[SELF, 0], [PREV, -1], [NEXT, 1], [PREV2, -2], [NEXT2, 2]];
        for (const [role, at] of roles) pushGroup(alone, role, words[k + at] ?? NONE_WORD, caseless);
        const whole = [...all.feats!.subarray(all.offsets![t]!, all.offsets![t + 1]!)];
        expect(whole.slice(0, alone.length)).toEqual([...alone.data.subarray(0, alone.length)]);
        expect(whole.slice(alone.length)).toEqual([...buf.data.subarray(0, buf.length)]);
      }
    }
    expect(t).toBe(all.tokens);
  });
});
