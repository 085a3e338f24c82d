import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../loaders/events/lexicon.js";
import { compile, findTriggers, wordMatch } from "../../loaders/events/matcher.js";

// Sentences written for this test. A text whose lower-casing changes its length
// ("İ" becomes two code units) is matched case-insensitively with each pattern's
// twin, made on first use; both paths must find the same triggers at the text's offsets.
describe("the trigger matcher", () => {
  const lex = compile(defaultLexicon());
  const plain = "Officials from Kestrel met the delegation and later Harbour Lines condemned the strike.";
  const dotted = "İzmir officials met the delegation and later Harbour Lines condemned the strike.";

  const found = (text: string) => findTriggers(lex, text, 0, text.length).map((m) => [text.slice(m.start, m.end), m.entry.type, m.head]);

  it("finds the same triggers whether or not lower-casing keeps the offsets", () => {
    expect("İzmir".toLowerCase().length).not.toBe("İzmir".length);
    const a = found(plain), b = found(dotted);
    expect(a.length).toBeGreaterThanOrEqual(2);
    expect(b).toEqual(a);
    expect(b.map((x) => x[0])).toEqual(expect.arrayContaining(["met", "condemned"]));
  });

  it("keeps offsets inside a range of the text", () => {
    const text = `Intro line. ${dotted}`;
    const from = text.indexOf("İzmir");
    const ms = findTriggers(lex, text, from, text.length);
    for (const m of ms) expect(text.slice(m.start, m.end).toLowerCase()).toContain(m.head);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(found(dotted).map((x) => x[0]));
  });

  it("reads a one-word group at a word as its regex does, whatever follows the word", () => {
    let checked = 0;
    for (const [word, group] of lex.byFirst) {
      if (!group.wordOnly) continue;
      for (const tail of ["", " next", ", then", "’s", "'", "-", "-led talks", "”", ".", "😀"]) {
        const text = `so ${word}${tail}`;
        const re = (group.regex ??= new RegExp(group.source, "uy"));
        re.lastIndex = 3;
        const m = re.exec(text);
        let k = 1;
        if (m) while (k < m.length && m[k] === undefined) k++;
        expect(wordMatch(group, word), text).toEqual(m ? { k, head: m[k] } : null);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
