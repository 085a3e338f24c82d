import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { speakerPronoun } from "../../loaders/events/speaker-pronoun.js";
import { marked } from "./helpers.js";

// "Police said they had arrested …": a group reporting its own act takes itself up with a
// pronoun, which is then the act's subject. Sentences written for these tests.
const events = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.source_text ?? null, e.target]);
};
const home = (s: string) => `NAIROBI 2024-05-02\n\n${s}\n\nHeavy rain fell across {Kenya@KEN} on Sunday.`;
const pronounAfter = (t: string, plural = true) => {
  const r = speakerPronoun(t, t.indexOf(" "), t.length, plural);
  return r && t.slice(r.start, r.end);
};

describe("a speaker's pronoun as the reported clause's subject", () => {
  it("finds 'they' or 'it' after a report verb, a short time or place and 'that'", () => {
    expect(pronounAfter("Police said they had arrested a man.")).toBe("they");
    expect(pronounAfter("Police said in a radio broadcast they had opened an inquiry.")).toBe("they");
    expect(pronounAfter("Court said on Monday that it would rule.", false)).toBe("it");
  });

  it("not a pronoun of the other number, an expletive 'it', or another subject", () => {
    expect(pronounAfter("Police said it would rain.")).toBeNull();
    expect(pronounAfter("Court said it was unclear.", false)).toBeNull();
    expect(pronounAfter("Officials said the gunmen had seized a bus.")).toBeNull();
  });

  it("a state's organ: the act is its state's", () => {
    expect(events(home("Officials said they would impose sanctions on {Chile@CHL}."))).toEqual([["SANCTION", "kenya", null, "chile"]]);
    expect(events(home("Police said on the radio they had arrested {Ana Lopez/civilian}."))).toEqual([["COERCE", "kenya", null, "ana-lopez"]]);
  });

  it("an unnamed group: the act is kept with the group's words", () => {
    expect(events("Rebels said they had attacked {Chile@CHL} on Monday.")).toEqual([["ASSAULT", null, "rebels", "chile"]]);
    expect(events("The court said it would sentence {Ana Lopez/civilian} on Friday.")).toEqual([["COERCE", null, "court", "ana-lopez"]]);
  });

  it("a speaker reporting someone else's act is still not credited with it", () => {
    expect(events(home("Officials said the gunmen had seized {Ana Lopez/civilian}."))).toEqual([]);
  });
});
