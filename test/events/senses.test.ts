import { describe, expect, it } from "vitest";
import type { RawArticle } from "../../loaders/ingest/index.js";
import { extractArticles } from "../../loaders/pipeline.js";
import { eventsIn } from "./helpers.js";

// Sense gates and existential or relative readings that keep false events out of unseen news
// (docs/events.md, "Issue 18, seventh wave"), on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: senses of force verbs", () => {
  it("attacking words (a plan, a policy) is criticism, not force", () => {
    expect(eventsIn("{Ivo Marek/person} attacked the {Norland} government's budget plan on Monday.")[0]).toMatchObject({ type: "ACCUSE", source: "ivo-marek", target: "norland" });
    expect(types("{Ivo Marek/person} launched an attack on {Norland}'s economic policy.")).toEqual(["ACCUSE"]);
    expect(types("{Norland} attacked {Estovia} on Monday.")).toEqual(["ASSAULT"]);
    expect(types("{Norland} launched an attack on {Estovia}'s border posts.")).toEqual(["ASSAULT"]);
  });

  it("striking a deal is an agreement; striking a chord and fighting back tears are no acts", () => {
    expect(eventsIn("{Norland} struck a deal with {Estovia}.")[0]).toMatchObject({ type: "AGREE", source: "norland", target: "estovia" });
    expect(types("The speech struck a chord with {Norland} voters.")).toEqual([]);
    expect(types("{Ivo Marek/person} fought back tears as he thanked {Norland}.")).not.toContain("ASSAULT");
    expect(types("{Norland} fought {Estovia} for years.")).toEqual(["ASSAULT"]);
  });

  it("'offensive' before weapons or remarks is the adjective; a begun offensive is force", () => {
    expect(types("{Norland}'s offensive military equipment was left in {Estovia}.")).toEqual([]);
    expect(types("{Norland} began an offensive against {Estovia}.")).toEqual(["ASSAULT"]);
  });
});

describe("events: arrivals", () => {
  it("an official arriving to take up a post is posted, not visiting", () => {
    expect(types("{Ivo Marek/person} arrived in {Warsaw/place@POL}, {Poland@POL}, to take up his new post.")).toEqual([]);
    expect(types("{Ivo Marek/person} arrived in {Warsaw/place@POL}, {Poland@POL}, to start talks.")).toEqual(["CONSULT"]);
  });
});

describe("events: existentials and relative antecedents", () => {
  it("an act told with 'there were' has no agent in the clause subject", () => {
    expect(types("{Ivo Marek/person} arrived and there were protests and he condemned {Estovia}.")).toEqual(["ACCUSE"]);
  });

  it("a verb and its object between a name and 'who' make the object the relative's antecedent", () => {
    // The dismissal is the state's act (COERCE, as the guide's halves code a government firing strikers); the joining is the workers'.
    expect(types("{Norland} fired 300 workers who joined the strike.")).toEqual(["COERCE"]);
    expect(types("{Norland} officials, who joined the talks, met {Estovia}.")).toContain("CONSULT");
    expect(eventsIn("The {Norland} armed forces, who attacked {Estovia}, withdrew.")[0]).toMatchObject({ type: "ASSAULT", source: "norland" });
  });
});

describe("events: 'provided' as a conjunction, and questions", () => {
  it("'provided' opening a clause is a condition, not aid; handing something over still is", () => {
    expect(types("{Norland} said it was willing to pull its fleet out of {Estovia} provided {Norland}'s ports could be protected.")).not.toContain("AID");
    expect(types("{Norland} provided generators to {Estovia}.")).toEqual(["AID"]);
  });

  it("a deal in a company's shares is trade, not a political act; a state's pledge or a power-sharing offer still counts", () => {
    expect(types("{Harbor Freight/organization} offered 12 euros a share to buy {Lund Mining/organization}.")).toEqual([]);
    expect(types("{Harbor Freight/organization} rejected as unfair the $800 million bid by {Lund Mining/organization}.")).toEqual([]);
    expect(types("{Harbor Freight/organization} joined {Lund Mining/organization}'s shareholders in 2019.")).toEqual([]);
    expect(types("{Norland} offered {Estovia}'s rebels a share of power.")).toEqual(["AGREE"]);
  });

  it("a question quoted after 'asked' ends the sentence even with a full stop after its marks", async () => {
    const run = async (text: string) => (await extractArticles([{ id: "q", file: "q.txt", content: `Court rules\n\n${text}\n`, sha256: "q", format: "txt", meta: null } as RawArticle])).tables.events.map((e) => e.type);
    expect(await run('As Judge Ivo Marek asked in his ruling, "why should tenants pay twice?".')).toEqual([]);
    expect(await run("As Judge Ivo Marek asked in a sharp ruling, ``why should tenants pay'' for repairs ``the landlord promised?''.")).toEqual([]);
  });
});
