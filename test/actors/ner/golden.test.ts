import { describe, it } from "vitest";
import { articleCandidates } from "../../../loaders/actors/index.js";
import { tagNames } from "../../../loaders/actors/ner/tagdoc.js";
import { tokenize } from "../../../loaders/actors/tokens.js";
import { expectGolden } from "../../util/golden.js";
import { doc } from "../helpers.js";

// Sentences written for this test. The snapshot pins what the trained tagger finds
// (span and CoNLL type) and the candidates the stage makes of them, so that a
// retrain or a feature change that alters them is reviewed: read the `-changed`
// file, then accept it with GOLDEN_UPDATE=1.
const SENTENCES = [
  "Harbour Freight Lines said on Tuesday it would cut 400 jobs at its plant in Rotterdam.",
  "Mayor Ilse Varga of Lindholm opened the bridge, and Mr Varga thanked the engineers of Kestrel Dynamics.",
  "Brightwater Analytics says its chief executive, Tomasz Orlik, will step down in March.",
  "Italian and Spanish fishermen protested outside the European Commission in Brussels.",
  "Republicans in the Senate blocked the bill, Senator Maria Delacroix told reporters in Ohio.",
  "Norvale United beat Castleford 2-1 at home, with Jonas Berg scoring twice.",
  "Lufthansa cancelled flights to Tel Aviv, while Air Caledonia kept its schedule.",
  "FARMERS BLOCK ROADS IN NORTH DAKOTA AS GRAIN PRICES FALL",
];

describe("the trained name tagger (golden)", () => {
  it("matches the reviewed snapshot on sentences written for the test", () => {
    const lines: string[] = [];
    for (const [i, text] of SENTENCES.entries()) {
      const d = doc(`s${i}`, text);
      const toks = tokenize(d);
      lines.push(text);
      for (const s of tagNames(d, toks)) lines.push(`  tagger ${s.type} ${text.slice(s.start, s.end)}`);
      for (const c of articleCandidates(d)) lines.push(`  candidate ${c.kind} ${c.text} → ${c.name} (${c.via}${c.weak ? ", weak" : ""})`);
    }
    expectGolden("test/fixtures/actors/golden/tagger.txt", `${lines.join("\n")}\n`);
  });
});
