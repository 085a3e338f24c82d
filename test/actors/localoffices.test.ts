import { describe, expect, it } from "vitest";
import { doc, run } from "./helpers.js";
import { tokenize } from "../../loaders/actors/tokens.js";
import { personByName } from "../../loaders/actors/personbyname.js";
import type { NameSpan } from "../../loaders/actors/ner/tagdoc.js";
import type { NerType } from "../../loaders/actors/ner/labels.js";

// Sentences written for these tests (real places, invented people).
describe("an office held over a place below a state", () => {
  it.each([
    ["Paris Mayor Jeanne Roussel said the river was clean.", "Jeanne Roussel", "Mayor of Paris", "Paris"],
    ["Bristol Mayor Tom Arlow said the bridge would close.", "Tom Arlow", "Mayor of Bristol", "Bristol"],
    ["California Governor Ana Lima signed the bill on Friday.", "Ana Lima", "Governor of California", "California"],
  ])("%s", (text, name, role, place) => {
    const r = run(text);
    expect(r.byName(name)?.role).toBe(role);
    // the city names its own office, not its state by metonymy
    expect(r.actorOf(place)?.kind).toBe("place");
  });
  it("leaves a state's office with the state", () => {
    expect(run("Japanese Prime Minister Taro Kessel said talks would resume.").byName("Taro Kessel")?.role).toBe("Prime Minister of Japan");
  });
});

describe("two name words read as an organisation, whose last word stands alone as a person", () => {
  const text = "Rovers won after Tavi Okonjo scored twice. Wark had given Dunmore Town the lead, but Okonjo equalised. Okonjo sponsors the club.";
  const toks = tokenize(doc("a0", text));
  const span = (from: string, to: string, type: NerType): NameSpan => {
    const a = toks.findIndex((t) => t.text === from), b = toks.findIndex((t, i) => i >= a && t.text === to) + 1;
    return { start: toks[a]!.start, end: toks[b - 1]!.end, type, a, b, titled: false };
  };
  const lone = (w: string, type: NerType, nth: number): NameSpan => {
    const a = toks.map((t, i) => (t.text === w ? i : -1)).filter((i) => i >= 0)[nth]!;
    return { start: toks[a]!.start, end: toks[a]!.end, type, a, b: a + 1, titled: false };
  };
  const typeOf = (names: NameSpan[], s: string) => names.find((n) => text.slice(n.start, n.end) === s)?.type;
  it("are that person", () => {
    const out = personByName(text, toks, [span("Tavi", "Okonjo", "ORG"), span("Dunmore", "Town", "ORG"), lone("Okonjo", "PER", 1)]);
    expect(typeOf(out, "Tavi Okonjo")).toBe("PER");
    expect(typeOf(out, "Dunmore Town")).toBe("ORG");
  });
  it("stay an organisation where the lone word is also read as one", () => {
    const out = personByName(text, toks, [span("Tavi", "Okonjo", "ORG"), lone("Okonjo", "PER", 1), lone("Okonjo", "ORG", 2)]);
    expect(typeOf(out, "Tavi Okonjo")).toBe("ORG");
  });
});

describe("a town after a local office in lower case and 'of'", () => {
  it("stays the town where a club is named for it", () => {
    const r = run("Former Tarvik United captain Marko Ilvic won the race for mayor of Tarvik on Sunday with 54 percent of the vote.");
    expect(r.mentions.filter((m) => m.text === "Tarvik").map((m) => r.actors.find((a) => a.id === m.actor)?.kind)).toEqual(["place"]);
  });
});
