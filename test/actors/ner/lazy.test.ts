import { describe, expect, it } from "vitest";
import { featurizeDoc } from "../../../loaders/actors/ner/features.js";
import { gazetteerMarks, nerGazetteer } from "../../../loaders/actors/ner/gazetteer.js";
import { mix } from "../../../loaders/actors/ner/hash.js";
import { N_CLASSES } from "../../../loaders/actors/ner/labels.js";
import { scoreInto } from "../../../loaders/actors/ner/model.js";
import { nerModel } from "../../../loaders/actors/ner/tagdoc.js";
import { scoreToken } from "../../../loaders/actors/ner/tagscore.js";
import { DYN } from "../../../loaders/actors/ner/wordfeatures.js";
import { wordInfo } from "../../../loaders/actors/ner/wordinfo.js";

// The tagger's shortcuts must give exactly what the plain computation gives:
// gazetteer marks read per distinct word and cut at phrase prefixes, and a token's
// scores summed from per-word and per-weights caches. Sentences written for this test.
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

  it("scores each token from its caches exactly as from the plain features", () => {
    const all = featurizeDoc(SENTENCES);
    const lazy = featurizeDoc(SENTENCES, true);
    expect(lazy.feats).toBeUndefined();
    const weights = nerModel();
    const every = Int32Array.from({ length: N_CLASSES }, (_, c) => c);
    const cached = new Float64Array(N_CLASSES), plain = new Float64Array(N_CLASSES);
    let compared = 0;
    for (let si = 0; si + 1 < lazy.sentenceStarts.length; si++) {
      const first = lazy.sentenceStarts[si]!, end = lazy.sentenceStarts[si + 1]!;
      for (let t = first; t < end; t++)
        for (const [prev, prev2, best] of [[N_CLASSES, N_CLASSES, 5], [0, N_CLASSES, 0], [1, 0, 1], [6, 5, 2], [0, 0, 4]] as const) {
          cached.fill(0);
          plain.fill(0);
          scoreToken(weights, lazy, t, first, end, prev, prev2, best, cached, every);
          // The dynamic features as model.ts makes them from predicted tags.
          const low = all.low[t]!, short = all.short[t]!;
          const dyn = [mix(DYN.P1, prev), mix(DYN.P2P1, prev2 * 32 + prev), mix(DYN.P1Low, mix(prev, low)), mix(DYN.P1Short, mix(prev, short)), mix(DYN.Hist, best), mix(DYN.HistShort, mix(best, short))];
          scoreInto(weights, all.feats!, all.offsets![t]!, all.offsets![t + 1]!, plain, every);
          scoreInto(weights, dyn, 0, dyn.length, plain, every);
          expect([...cached]).toEqual([...plain]);
          compared++;
        }
    }
    expect(compared).toBe(all.tokens * 5);
  });
});
