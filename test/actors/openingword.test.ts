import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a body whose name opens a sentence on a describing word", () => {
  it("keeps that word where the tagger reads it into the body", () => {
    const r = run("The licence went to a start-up. Green Coast Alliance, a coalition of fishing groups, said it would challenge the decision in court.");
    expect(r.actorOf("Green Coast Alliance")?.kind).toBe("organization");
    expect(r.actors.map((a) => a.name)).not.toContain("Coast Alliance");
  });
});

describe("a name in apposition with an organisation's kind of two nouns", () => {
  it("is that organisation, mid-sentence and at a sentence's start", () => {
    const mid = run("The cable will be built by Harrow Vessel, the state-owned network operator, by 2029.");
    expect(mid.actorOf("Harrow Vessel")?.kind).toBe("organization");
    const opening = run("The licence went to a start-up. Open Vessel, the state-owned network operator, will build the cable to shore.");
    expect(opening.actorOf("Open Vessel")?.kind).toBe("organization");
  });
});

describe("a sentence opening on a firm's kind or its rival, and a 'person' that 'which' follows", () => {
  it("keeps the kind out of the name, and reads both as firms", () => {
    const rival = run("The firm had 210 million users at the end of June. Rival Velfy has about 700 million.");
    expect(rival.actorOf("Velfy")?.kind).toBe("organization");
    expect(rival.actors.map((a) => a.name)).not.toContain("Rival Velfy");
    const party = run("The vote is due in May. Opposition Tarvel Party leader Kaja Metsen said the choice must be independent.");
    expect(party.actors.map((a) => a.name)).toContain("Tarvel Party");
    expect(party.actors.map((a) => a.name)).not.toContain("Opposition Tarvel Party");
    const which = run("Rival bidder Kessel Tarine, which had teamed up with a foreign group, said it was disappointed.");
    expect(which.actorOf("Kessel Tarine")?.kind).toBe("organization");
  });
});

describe("a person whose family name is a body's head word, before 'of' and a firm", () => {
  it("is the person and the firm, not one body", () => {
    const r = run("The family's lawyer, Maren Church of Demvale & Church, welcomed the ruling.");
    expect(r.actorOf("Maren Church")?.kind).toBe("person");
    expect(r.actors.map((a) => a.name)).not.toContain("Maren Church of Demvale & Church");
  });
});
