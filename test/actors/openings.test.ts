import { describe, expect, it } from "vitest";
import type { Candidate } from "../../loaders/actors/candidate.js";
import { withoutCommonOpeners } from "../../loaders/actors/commonopener.js";
import { withoutAwards } from "../../loaders/actors/awardname.js";
import { doc, run } from "./helpers.js";

// Sentences written for these tests.
describe("local and electoral offices", () => {
  it.each([
    ["County Attorney Rosa Veld said the verdict was just.", "Rosa Veld", "County Attorney"],
    ["Chief Election Commissioner Arun Tessel said votes would be counted on Friday.", "Arun Tessel", "Chief Election Commissioner"],
  ])("%s", (text, name, role) => {
    const r = run(text);
    expect(r.byName(name)?.role).toBe(role);
    expect(r.actors.filter((a) => a.kind === "organization")).toEqual([]);
  });
});

describe("a participle opening a sentence", () => {
  it("is no name", () => {
    const r = run("Born in Harwick in 1934, Mara Velde studied birds all her life.");
    expect(r.actors.map((a) => a.name)).not.toContain("Born");
  });
});

describe("an award", () => {
  it("is no actor", () => {
    const r = run("In 2025 the president awarded her the Presidential Medal of Valour, and in 2010 she won the Harwick Peace Prize.");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Medal|Prize/);
  });
});

describe("a person of a country", () => {
  it("is a person and a country, not one organisation", () => {
    const r = run("In the final on Saturday, Mara Velde of Belarus lost to Madison Keys of the United States in three sets.");
    expect(r.byName("Madison Keys")?.kind).toBe("person");
    expect(r.actorOf("United States")?.kind).toBe("country");
  });
  it("leaves a body of a country whole", () => {
    expect(run("The Bank of the United States failed in 1841.").actors.map((a) => a.name)).toContain("Bank of the United States");
  });
});

describe("holidays and cups", () => {
  it("are no actors", () => {
    const r = run("Markets expect one more cut before Christmas. Velde lifted the Harwick Challenge Cup on Sunday.");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Christmas|Challenge/);
  });
});

describe("a senator's party and state, a short title, an institution's own word", () => {
  it("leave no full stop and no short title as a name", () => {
    const r = run("Sen. Rosa Veld, R-Miss., said the vote was close. Veld's predecessor, Gen. Tomas Arlow Jr., agreed.");
    expect(r.actors.map((a) => a.name)).not.toContain(".");
    expect(r.actors.map((a) => a.name)).not.toContain("Gen.");
  });
  it("keeps the Senate apart from its committee", () => {
    const r = run("The Senate Armed Services Committee voted 18-8 on Wednesday. The full Senate is expected to vote next week.");
    expect(r.actorOf("Senate")?.name).toBe("Senate");
  });
  it("reads a company after its trade", () => {
    expect(run("Shares of Australian miner Harwick Rare Earths rose 9% in Sydney.").byName("Harwick Rare Earths")?.kind).toBe("organization");
  });
});

describe("a state's possessive before a name", () => {
  it("names a state's body for its state, but leaves a firm its own name", () => {
    expect(run("The plant, owned by India's Harwick Motors, stopped.").byName("Harwick Motors")?.kind).toBe("organization");
    expect(run("Russia's Ministry of Defence said the drills were over.").actors.map((a) => a.name)).toContain("Russian Ministry of Defence");
  });
  it("reads a British portfolio before 'Secretary'", () => {
    expect(run("Business Secretary Tom Arlow said the restart was a step.").byName("Tom Arlow")?.role).toBe("Business Secretary");
  });
});

describe("an honorific after an office, and a quoted slogan", () => {
  it("leaves the honorific out of the name", () => {
    expect(run("Superintendent Dr. Rosa Veld said the pupils would move.").byName("Rosa Veld")?.role).toBe("Superintendent");
  });
  it("reads a slogan on a sign as no name", () => {
    const r = run("Parents packed the meeting, and several held signs reading \"Save Dunmore.\"");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Save/);
  });
  it("reads a slogan read from its second word as no name", () => {
    const r = run("Parents packed the meeting, many holding signs reading \"Save Our Dunmore Schools.\"");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Schools/);
  });
});

describe("a legal form of another system", () => {
  it("makes the name a company's, also inside a span read as a person", () => {
    const r = run("Varnel S.A., a Velmoran state-controlled chemical maker, is bidding for Harwick Dyes PLC. Varnel said the offer was fair.");
    expect(r.byName("Varnel S.A.")?.kind).toBe("organization");
    expect(r.actorOf("Varnel")?.name).toBe("Varnel S.A.");
  });
});

describe("a common noun opening a sentence before an office and a name", () => {
  const text = "The Harwick Gallery returned six paintings to a new gallery in Tesla Bay. Gallery director Mara Velde said the talks took two years. Orvane director Ana Lima agreed.";
  const d = doc("g", text);
  const at = (word: string, kind: Candidate["kind"]): Candidate => {
    const start = text.indexOf(word + " director");
    const sentence = d.sentences.findIndex((s) => s.start <= start && start < s.end);
    return { doc: "g", start, end: start + word.length, text: word, sentence, kind, name: word, country: null, role: null, via: "tagger", alias: true, weak: false };
  };
  it("is no name where the article writes it in lower case", () => {
    expect(withoutCommonOpeners(d, [at("Gallery", "person")])).toEqual([]);
  });
  it("stays a name the article never writes in lower case", () => {
    const orvane = at("Orvane", "organization");
    expect(withoutCommonOpeners(d, [orvane])).toEqual([orvane]);
  });
  it("leaves the person after the office", () => {
    const r = run(text);
    expect(r.actors.map((a) => a.name)).not.toContain("Gallery");
    expect(r.byName("Mara Velde")?.kind).toBe("person");
  });
});

describe("an award counted before a lower-case award noun", () => {
  const text = "The studio won 18 Tarvo awards on Sunday. Corvale awards the prize each year.";
  const at = (word: string, from = 0): Candidate => {
    const start = text.indexOf(word, from);
    return { doc: "w", start, end: start + word.length, text: word, sentence: start < 42 ? 0 : 1, kind: "organization", name: word, country: null, role: null, via: "tagger", alias: true, weak: false };
  };
  it("is no actor", () => expect(withoutAwards(doc("w", text), [at("Tarvo")])).toEqual([]));
  it("leaves a firm that awards", () => expect(withoutAwards(doc("w", text), [at("Corvale")])).toHaveLength(1));
  it("is gone from the article's actors", () => expect(run(text).actors.map((a) => a.name)).not.toContain("Tarvo"));
});

describe("a work's title in quotation marks after its kind", () => {
  it("is no actor", () => {
    const r = run('Streamflix led the night with the historical drama "Daimyo," which took best drama series, and the comedy "Lina Marsh" won twice.');
    expect(r.actors.map((a) => a.name)).not.toContain("Daimyo");
    expect(r.actors.map((a) => a.name)).not.toContain("Lina Marsh");
  });
  it("leaves a quoted name without a work's kind alone", () => {
    const r = run('Asked who would lead the team, the coach said: "Lina Marsh."');
    expect(r.actors.map((a) => a.name)).toContain("Lina Marsh");
  });
});

describe("an organisation's head word alone opening a sentence before an office and a name", () => {
  it("is no name", () => {
    const r = run("A studio run by Tarsk Animation reopened on Monday. Company president Hiraku Marun laid flowers at a memorial.");
    expect(r.actors.map((a) => a.name)).not.toContain("Company");
  });
});
