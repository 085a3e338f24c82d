import { describe, expect, it } from "vitest";
import { doc, run } from "./helpers.js";
import { tokenize } from "../../loaders/actors/tokens.js";
import { splitAtClauseComma } from "../../loaders/actors/clausesplit.js";

// Sentences written for these tests.
describe("a short form in brackets after an organisation's name", () => {
  it("is that organisation, also where its letters abbreviate another language's name", () => {
    const r = run("The National Water Board (BANVE) said the dam was safe. BANVE engineers inspected it on Monday.");
    expect(r.actorOf("BANVE")?.name).toBe("National Water Board");
    expect(r.actors.filter((a) => a.name === "BANVE")).toEqual([]);
  });
  it("starts the name where its letters start", () => {
    const r = run("Orders rose in the October Northern Federation of Grain Traders (NFGT) survey. The NFGT said prices fell.");
    expect(r.actorOf("NFGT")?.name).toBe("Northern Federation of Grain Traders");
  });
  it("names no body whose letters do not open with one of its initials", () => {
    const r = run("Loans cost the Base Lending Rate of the Central Bank (TLX) plus two points, the minister said.");
    expect(r.actorOf("TLX")?.name ?? "TLX").not.toBe("Central Bank");
  });
  it("leaves a senator's party letter alone", () => {
    const r = run("Senator Ada Morrow (D) said the bill was dead.");
    expect(r.byName("Ada Morrow")?.kind).toBe("person");
  });
});

describe("a law, a bill or a treaty is no actor", () => {
  it.each([
    "The Harbour Safety Act takes effect in March, the ministry said.",
    "Lawmakers rejected the Coastal Fisheries Bill on Tuesday.",
    "Both states signed the Varan Water Treaty in 1998.",
  ])("%s", (text) => {
    const r = run(text);
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Act|Bill|Treaty/);
  });
});

describe("a name does not run through a comma into a clause", () => {
  const text = "Regulators said rivals were kept out of the Orvane Market Place, and that Tessaly Group broke the law.";
  const toks = tokenize(doc("a0", text));
  const at = (w: string) => toks.findIndex((t) => t.text === w);
  it("ends at the comma a lower-case word follows, and the name after the clause words is its own", () => {
    const a = at("Orvane"), b = at("Group") + 1;
    const pieces = splitAtClauseComma(toks, { start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG", a, b, titled: false });
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(["Orvane Market Place", "Tessaly Group"]);
  });
  it("goes on past a comma before a capitalised word", () => {
    const a = at("Orvane"), b = at("Place") + 1;
    const s = { start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG" as const, a, b, titled: false };
    expect(splitAtClauseComma(toks, s)).toEqual([s]);
  });
});

describe("a law's long title", () => {
  it("leaves no piece of it as an actor", () => {
    const r = run("He is charged with violating the Freedom of Passage to Harbour Gates Act by using force against a pilot.");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Freedom|Harbour|Act/);
  });
});

describe("a first name that is a document's noun", () => {
  it("leaves the persons before it alone", () => {
    const r = run("She will meet Deputy Premier Tom Arlow and Minister of Finance Bill Hesketh on Monday.");
    expect(r.byName("Tom Arlow")?.kind).toBe("person");
  });
});

describe("a short form whose first letters spell the words before the name", () => {
  it("runs the name back over them, a demonym included", () => {
    const r = run("The refinery is in a dispute with the Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) over licences. The NMDPRA said it would respond.");
    expect(r.actorOf("NMDPRA")?.name).toBe("Nigerian Midstream and Downstream Petroleum Regulatory Authority");
    expect(r.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Nigerian Midstream and Downstream Petroleum Regulatory Authority"]);
  });
});
