import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("names written as one word with an inner capital", () => {
  it("are organisations", () => {
    const r = run("Results\n\nQuantelAI, which relies on leased chips, declined to comment on Monday.");
    expect(r.byName("QuantelAI")?.kind).toBe("organization");
  });
  it("unless a family-name prefix makes them a person's", () => {
    const r = run("Vote\n\nMcAllister said he would resign on Monday, aides said.");
    expect(r.byName("McAllister")?.kind).not.toBe("organization");
  });
});

describe("a capital inside a longer name of separate words", () => {
  it("is no government", () => {
    const r = run("Markets\n\nAnalysts at Harper Canberra estimated the cost at $3 billion.");
    expect(r.actors.map((a) => a.name)).not.toContain("Australia");
  });
});

describe("a one-word name the article uses as a firm's", () => {
  it("is the firm wherever the tagger read a person", () => {
    const r = run("Permit suspended\n\nA judge suspended the permit granted to Corvale for a new mine. Corvale said it would appeal. Protesters gathered outside the Corvale headquarters on Friday.");
    expect(r.byName("Corvale")?.kind).toBe("organization");
  });
  it("not for a person's own holding", () => {
    const r = run("Sale\n\nThe investor Marta Quellin sold half of Quellin's shares on Monday. Quellin said she needed cash.");
    expect(r.byName("Marta Quellin")?.kind).toBe("person");
  });
});

describe("a name in apposition with an organisation's kind", () => {
  it("is that organisation, before or after the kind", () => {
    const r = run("Port strike\n\nThe employers' association, Dockvell, said the offer was final.");
    expect(r.byName("Dockvell")?.kind).toBe("organization");
    const s = run("Port strike\n\nDockvell, the employers' association, said the offer was final.");
    expect(s.byName("Dockvell")?.kind).toBe("organization");
  });
  it("not when the kind heads a phrase after another noun", () => {
    const r = run("Vote\n\nAna Veltrin, a member of the party, said she would resign.");
    expect(r.byName("Ana Veltrin")?.kind).toBe("person");
  });
});

describe("a name after a phrase whose head holds an office of an organisation", () => {
  it("stays a person", () => {
    const r = run("Cholera\n\nThe chairman of the local council, Damek Orrin, said drugs had arrived.");
    expect(r.byName("Damek Orrin")?.kind).toBe("person");
  });
});
