import { describe, expect, it } from "vitest";
import { isDataLine } from "../../loaders/clean/datalines.js";
import { cleanArticle, PARAGRAPH_BREAK } from "../../loaders/clean/index.js";
import type { RawArticle } from "../../loaders/ingest/index.js";

const raw = (content: string): RawArticle => ({ id: "x", file: "x.txt", sha256: "0".repeat(64), format: "txt", content, meta: null });

/** The kept paragraphs the clean stage marks as data, by their text. */
function dataOf(lines: string[]): string[] {
  const out = cleanArticle(raw(lines.join("\n\n")));
  return (out.dataSpans ?? []).map(([a, b]) => out.text.slice(a, b));
}
const keptOf = (lines: string[]) => cleanArticle(raw(lines.join("\n\n"))).text.split(PARAGRAPH_BREAK);

// Stories written for these tests: a prose paragraph, then a table whose rows carry a few lower-case words.
const PROSE = "Riverton won the regional championship on Sunday after a tense final day in which three clubs could still have taken the title.";

describe("rows of a table with lower-case words in them", () => {
  it("marks a unit, a verdict or a points total next to ranked rows", () => {
    const rows = ["1. Jo Okafor (Freedonia) 2 hours 14 minutes 9 seconds", "2. Sam Lindqvist (Norland) 41 seconds behind", "3. Ravi Menon (Eastland) 3:02.14", "4. Ali Demir 88 points"];
    expect(dataOf([PROSE, "Leading results:", ...rows, "5. Tomas Varga (Norland) 3:05.40"])).toEqual(expect.arrayContaining(rows));
  });

  it("marks a cricket total, a declaration and a wrapped row's tail", () => {
    const rows = ["Eastport 412 and 96-3.", "Northfield 287-9 declared", "Harbour City 1 (Okafor 12th, Lindqvist", "41st, 77th).", "Riverton 17 points,"];
    const table = ["Southbay 310 (J. Okafor 88, P. Menon 61; A. Demir 4-52).", rows[0]!, rows[1]!, "Westbrook 199 (T. Varga 45; S. Nowak 5-31).", rows[2]!, rows[3]!, rows[4]!, "Westbrook 4."];
    expect(dataOf([PROSE, ...table])).toEqual(expect.arrayContaining(rows));
  });

  it("marks a totals row and a results table's comparison column", () => {
    const score = ["A. Okafor c Menon b Demir 54", "R. Nowak b Varga 12", "S. Lindqvist not out 31", "Extras (lb-4 w-2 nb-1) 7", "Total (for 6 wickets, innings closed) 244"];
    const fall = "Fall: 1-20 2-45 3-101 4-150 5-198 6-240";
    expect(dataOf([PROSE, ...score, fall])).toEqual([...score, fall]);
    const results = ["Net sales of the group 412.6 vs 388.1", "Operating profit before tax 31.2 vs 29.7", "Interim dividend per share (cents) 4.5 vs 4.0"];
    expect(dataOf([PROSE, "(millions of crowns unless stated)", ...results, PROSE])).toEqual(results);
  });

  it("reads an amount with its currency sign as a number of a row", () => {
    expect(isDataLine("Dividend $0.42 $0.40")).toBe(true);
  });

  it("keeps prose next to a table and short sentences away from one as prose", () => {
    const table = ["Riverton 20 14 3 3 41 18 45", "Southbay 20 13 3 4 37 20 42"];
    const story = [PROSE, "Okafor said the team scored 12 goals in the last five games.", "Leading standings after 8 of 11 rounds:", ...table, "At Mill Lane: Riverton beat Eastport by 6 wickets.", "He scored 12 points.", "Southbay won 3-1."];
    const data = dataOf(story);
    expect(data).toEqual(table);
    expect(keptOf(story)).toEqual(story);
  });

  it("does not start a run from a dateline: one number is no row", () => {
    expect(dataOf(["Okafor leads by two shots after a windy first round", "HARBOUR CITY, Freedonia 2024-03-02", "$250,000 Riverton Open golf tournament on Friday (prefix", PROSE])).toEqual(["HARBOUR CITY, Freedonia 2024-03-02"]);
  });
});

describe("a table's last rows and its repeated fragments stay in the body", () => {
  it("keeps the loose rows a story ends on after its table's rows", () => {
    const score = ["A. Okafor c Menon b Demir 54", "R. Nowak b Varga 12", "S. Lindqvist not out 31", "Extras (lb-4 w-2 nb-1) 7", "Total (for 6 wickets, innings closed) 244"];
    expect(keptOf([PROSE, ...score])).toEqual([PROSE, ...score]);
    const results = ["Net sales 412.6 vs 388.1", "Operating profit before tax 31.2 vs 29.7", "Interim dividend per share (cents) 4.5 vs 4.0"];
    expect(keptOf([PROSE, "Dividend $0.42 $0.40", ...results])).toEqual([PROSE, "Dividend $0.42 $0.40", ...results]);
  });

  it("keeps a batsman's row beside the card's rows though another article repeats it", () => {
    const story = [PROSE, "A. Okafor c Menon b Demir 54", "R. Nowak b Varga 12", "S. Lindqvist not out 31"];
    const repeated = new Set(["s. lindqvist not out 0", "share this article"]);
    const out = cleanArticle(raw([...story, "Share this article"].join("\n\n")), { repeated });
    expect(out.text.split(PARAGRAPH_BREAK)).toEqual(story);
    expect(out.boilerplate).toEqual(["Share this article"]);
  });
});
