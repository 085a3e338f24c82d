import { describe, expect, it } from "vitest";
import { readArticle } from "../../loaders/article.js";
import { isDataLine, isNameList, isWireDateline } from "../../loaders/clean/datalines.js";
import { cleanArticle, PARAGRAPH_BREAK, repeatedLines } from "../../loaders/clean/index.js";
import { extractFigures } from "../../loaders/figures/index.js";
import type { RawArticle } from "../../loaders/ingest/index.js";

const raw = (content: string): RawArticle => ({ id: "x", file: "x.txt", sha256: "0".repeat(64), format: "txt", content, meta: null });
const paragraphs = (lines: string[], repeated?: Set<string>) => {
  const out = cleanArticle(raw(lines.join("\n")), repeated ? { repeated } : {});
  return { kept: out.text.split(PARAGRAPH_BREAK), removed: out.boilerplate };
};

// A sports report written for these tests: a dateline, two paragraphs, then the table.
const HEADLINE = "Riverton stay top after late winner";
const DATELINE = "HARBOUR CITY 2024-03-02";
const P1 = "Riverton stayed three points clear at the top of the northern league on Saturday after a header in stoppage time beat Eastport at a rain-soaked Mill Lane ground.";
const P2 = "Their coach, Dana Okafor, said the team had been lucky to survive a second half in which Eastport hit the post twice and had a goal ruled out for offside.";
const RESULTS = ["Riverton 2 Eastport 1 (halftime 0-0)", "Northfield 0 Southbay 3 (halftime 0-1)"];
const STANDINGS = ["Standings", "P W D L F A Pts", "Riverton 20 14 3 3 41 18 45", "Southbay 20 13 3 4 37 20 42", "Eastport 20 11 5 4 30 22 38"];

describe("isDataLine", () => {
  it("reads datelines, results, standings and scorer lines as data", () => {
    for (const line of [DATELINE, "PORT LOUIS, March 2", ...RESULTS, ...STANDINGS.slice(2), "Harbour City: Riverton 212 and 140-6 (J. Okafor 71 not out, P. Lindqvist 4-38)"])
      expect(isDataLine(line), line).toBe(true);
  });

  it("does not read prose, headlines without numbers or furniture as data", () => {
    for (const line of [P1, "Riverton won 3-1 on Saturday after a late goal.", HEADLINE, "Talks Resume In Geneva", "6 hours ago", "paiment methods", "Standings"])
      expect(isDataLine(line), line).toBe(false);
  });

  it("can ask for two numbers: a headline with one number is not a table row", () => {
    expect(isDataLine("Eastport Sign 3 Players From Abroad", 2)).toBe(false);
    expect(isDataLine(RESULTS[0]!, 2)).toBe(true);
  });
});

describe("isWireDateline", () => {
  it("reads an agency's dateline without a number: city in capitals, region, agency, opening dash", () => {
    for (const line of ["HARBOUR CITY (AP) --", "EASTPORT, Freedonia (AP) _", "NORTHFIELD _", "PORT LOUIS, Ore. (AP) —"]) expect(isWireDateline(line), line).toBe(true);
  });

  it("does not read a heading in capitals, a sentence or a label without the dash as one", () => {
    for (const line of ["ADVERTISEMENT", "Read more --", "HARBOUR CITY", P1, "Riverton beat Eastport _ again"]) expect(isWireDateline(line), line).toBe(false);
  });
});

describe("isNameList", () => {
  it("reads a line-up or a list of finishers", () => {
    expect(isNameList("Riverton: Jo Okafor (captain), Sam Lindqvist, Ravi Menon, Ali Demir, Tomas Varga")).toBe(true);
    expect(isNameList("Okafor, Lindqvist, Menon, Demir, Varga, Nowak.")).toBe(true);
    expect(isDataLine("Okafor, Lindqvist, Menon, Demir, Varga, Nowak.")).toBe(true);
  });

  it("does not read headlines, prose or lists of things as names", () => {
    for (const line of [
      "Harbour City, Eastport Close Second Week of Hearings",
      "The market sold apples, pears, plums and cherries.",
      "Riverton, which won on Saturday, said its coach, Jo Okafor, would stay.",
      "Topics: politics, economy, sport, culture",
    ])
      expect(isNameList(line), line).toBe(false);
  });
});

describe("cleanArticle keeps a story's data", () => {
  it("keeps an agency's dateline without a date before the first paragraph", () => {
    const { kept, removed } = paragraphs([HEADLINE, "", "HARBOUR CITY (AP) --", "", P1, "", P2]);
    expect(kept).toContain("HARBOUR CITY (AP) --");
    expect(removed).not.toContain("HARBOUR CITY (AP) --");
  });

  it("keeps the dateline before the first paragraph and a results table after the last, with its heading", () => {
    const lines = [HEADLINE, DATELINE, P1, P2, ...RESULTS, ...STANDINGS, "Share on Facebook", "Report this comment"];
    const { kept, removed } = paragraphs(lines);
    expect(kept).toEqual([HEADLINE, DATELINE, P1, P2, ...RESULTS, ...STANDINGS]);
    expect(removed).toEqual(["Share on Facebook", "Report this comment"]);
  });

  it("keeps a line-up after the last paragraph, and a table's rows on both sides of furniture between them", () => {
    const lineup = "Riverton: Jo Okafor (captain), Sam Lindqvist, Ravi Menon, Ali Demir, Tomas Varga";
    const { kept, removed } = paragraphs([P1, P2, lineup, STANDINGS[2]!, "Advertisement", STANDINGS[3]!, STANDINGS[4]!, "Follow us"]);
    expect(kept).toEqual([P1, P2, lineup, STANDINGS[2], STANDINGS[3], STANDINGS[4]]);
    expect(removed).toEqual(["Advertisement", "Follow us"]);
  });

  it("still ends the body at furniture when no table follows", () => {
    const { kept, removed } = paragraphs([P1, P2, "Sign up for our newsletter", "Follow us"]);
    expect(kept).toEqual([P1, P2]);
    expect(removed).toEqual(["Sign up for our newsletter", "Follow us"]);
  });

  it("keeps a results row between two paragraphs rather than taking it for a related story's headline", () => {
    const row = "Harbour City: Riverton 212 (Jo Okafor 71, Sam Lindqvist 52), Eastport 198 (Ravi Menon 4-38)";
    expect(paragraphs([P1, row, P2]).kept).toEqual([P1, row, P2]);
  });

  it("keeps a dateline and a table heading that repeat across the outlet, and drops repeated furniture", () => {
    const other = "Southbay climbed to second place with a comfortable win at home, their fourth in a row, and now trail the leaders by three points with six games left to play.";
    const a = [DATELINE, P1, P2, ...STANDINGS, "Ledger Sports Desk"];
    const b = ["HARBOUR CITY 2024-03-09", other, ...STANDINGS, "Ledger Sports Desk"];
    const repeated = repeatedLines([a.join("\n"), b.join("\n")]);
    const { kept, removed } = paragraphs(a, repeated);
    expect(kept).toEqual([DATELINE, P1, P2, ...STANDINGS]);
    expect(removed).toEqual(["Ledger Sports Desk"]);
  });
});

describe("data lines downstream", () => {
  it("marks the sentences of data lines, and figures skip them but not the prose", () => {
    const prose = "Riverton have now won 14 games this season, two more than at this stage last year.";
    const part = readArticle(raw([HEADLINE, DATELINE, P1, prose, ...STANDINGS].join("\n")), new Set());
    const { text, sentences } = part.doc;
    const data = sentences.filter((s) => s.data).map((s) => text.slice(s.start, s.end));
    expect(data).toEqual([DATELINE, ...STANDINGS.slice(2)]);
    const figures = extractFigures(part.doc, [], new Map()).map((f) => f.text);
    expect(figures).toEqual(["three points", "14 games"]);
  });
});
