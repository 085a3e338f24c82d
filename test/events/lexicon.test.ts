import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { defaultLexicon, inflect, parseLexicon } from "../../loaders/events/lexicon.js";
import { marked } from "./helpers.js";

const lexicon = defaultLexicon();

describe("lexicon.csv", () => {
  // One generated test per hand row: its example sentence must yield its type, source and target
  // (the WordNet-derived rows have no example; wordnet.test.ts runs invented sentences).
  for (const e of lexicon.entries.filter((x) => !x.sense)) {
    it(`${e.pos} "${e.pattern}" → ${e.type}: ${e.example}`, () => {
      const m = marked(e.example);
      const events = extractEvents(m.doc, m.mentions, m.actors, m.dates);
      const hit = events.find((ev) => ev.type === e.type && ev.source === (m.roles.S ?? null) && (m.roles.T === undefined || ev.target === m.roles.T));
      expect(hit, JSON.stringify(events)).toBeDefined();
      expect(m.doc.text.slice(hit!.start, hit!.end)).toContain(hit!.trigger);
    });
  }

  it("refuses duplicate rows", () => {
    const csv = "pattern,pos,type,mode,frame,example\nmeet,verb,CONSULT,meeting,,x\nmeet,verb,CONSULT,meeting,,y\n";
    expect(() => parseLexicon(csv)).toThrow(/duplicate/);
  });

  it("refuses rows whose inflected forms collide", () => {
    const csv = "pattern,pos,type,mode,frame,example\nconcern,noun,ACCUSE,concern,,x\nconcerns,noun,ACCUSE,concern,,y\n";
    expect(() => parseLexicon(csv)).toThrow(/same form/);
  });

  it("refuses unknown types and parts of speech", () => {
    expect(() => parseLexicon("pattern,pos,type,mode,frame,example\nmeet,verb,HUG,x,,x\n")).toThrow(/PLOVER/);
    expect(() => parseLexicon("pattern,pos,type,mode,frame,example\nmeet,adj,CONSULT,x,,x\n")).toThrow(/pos/);
  });

  it("inflects heads once at load time, irregular forms included", () => {
    expect(inflect("meet", "verb")).toEqual(expect.arrayContaining(["met", "meeting", "meets"]));
    expect(inflect("shoot", "verb")).toContain("shot");
    expect(inflect("arrive", "verb")).toEqual(expect.arrayContaining(["arrived", "arriving"]));
    expect(inflect("sanction", "noun")).toContain("sanctions");
  });
});
