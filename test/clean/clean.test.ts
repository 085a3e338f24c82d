import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../loaders/clean/classify.js";
import { STRONG, WEAK } from "../../loaders/clean/furniture.js";
import { cleanArticle, lineKey, PARAGRAPH_BREAK, repeatedLines } from "../../loaders/clean/index.js";
import type { RawArticle, SourceMeta } from "../../loaders/ingest/index.js";

const meta = (m: Partial<SourceMeta> = {}): SourceMeta => ({
  file: "x.txt", title: null, outlet: null, url: null, published: null, byline: null, language: "en", ...m,
});
const raw = (content: string, m: SourceMeta | null = null): RawArticle => ({
  id: "x", file: "x.txt", sha256: "0".repeat(64), format: "txt", content, meta: m,
});
/** Cleans `lines` (joined by `sep`) and checks every kept paragraph and every removed line. */
function expectClean(lines: string[], kept: string[], removed: string[], m: SourceMeta | null = null, sep = "\n") {
  const out = cleanArticle(raw(lines.join(sep), m));
  expect(out.text.split(PARAGRAPH_BREAK)).toEqual(kept);
  expect(out.boilerplate).toEqual(removed);
  return out;
}

// Articles written for these tests, in the genres reporters paste.
const P1 = "Health ministers from eleven countries agreed on Thursday to share data on antibiotic resistance, a step officials said was overdue after years of stalled talks in Geneva.";
const P2 = "The agreement, which is not legally binding, asks each country to report resistant infections to a common database every quarter, starting next year.";
const P3 = "“Bacteria do not stop at borders, and neither should our surveillance,” said Dr Ines Moreau, who led the negotiations for the group of countries.";
const P4 = "Critics said the deal lacked money: no country has promised to pay for the database, which the organisers estimate will cost about 30 million euros over five years.";

describe("cleanArticle: tails", () => {
  it("drops a comment policy after the body, long paragraphs included", () => {
    const tail = [
      "Why have we closed comments on this article?",
      "Our comment section is meant to be a place where readers can discuss the news with each other, but on some stories it attracts abuse that our moderators cannot keep up with.",
      "We will reopen comments when moderation staff are available again.",
      "Thank you.",
      "Community guidelines",
      "Report this comment",
    ];
    const out = expectClean([P1, P2, P3, P4, ...tail], [P1, P2, P3, P4], tail, meta({ outlet: "The Daily Ledger" }));
    expect(out.title).toBeNull();
  });

  it("drops a donation appeal addressed to readers", () => {
    const tail = [
      "Before you go",
      "Independent reporting costs money. We do not have a paywall, because we believe everyone deserves accurate information about their health.",
      "If you value our work, please consider a monthly donation to the Ledger. Every contribution, however small, keeps our journalists in the field.",
      "Donate now",
      "Maybe later",
    ];
    expectClean([P1, P2, P3, P4, ...tail], [P1, P2, P3, P4], tail, meta({ outlet: "The Ledger" }), "\n\n");
  });

  it("drops a social share bar, newsletter box and related list but keeps a short last sentence", () => {
    const lines = [P1, P2, P3, P4, "The next meeting is set for May.", "Share this article", "Facebook Twitter WhatsApp Email", "Sign up for our weekly health newsletter", "Related stories", "Hospital strike enters second week"];
    expectClean(lines, [P1, P2, P3, P4, "The next meeting is set for May."], lines.slice(5));
  });

  it("a byline and trailing blank lines end the body", () => {
    expectClean([P1, P2, P3, "By Helena Strand", "", "", ""], [P1, P2, P3], ["By Helena Strand"]);
  });

  it("keeps everything when nothing looks like furniture", () => {
    expectClean([P1, P2, "Talks resumed.", P3], [P1, P2, "Talks resumed.", P3], []);
  });
});

describe("cleanArticle: inside the body", () => {
  it("drops a related story's headline between two paragraphs, keeps a sentence-case cross-head", () => {
    const related = "Flood Defences Fail in Three Northern Towns After Storm";
    const crosshead = "Countries also disagree on how much of the data should be made public";
    expectClean([P1, P2, related, P3, crosshead, P4], [P1, P2, P3, crosshead, P4], [related]);
  });

  it("drops an inline 'Read more' and advertisement label but keeps a short line between paragraphs", () => {
    expectClean(
      [P1, "Read more: Five things to know about superbugs", P2, "Advertisement", P3, "It was the first such deal.", P4],
      [P1, P2, P3, "It was the first such deal.", P4],
      ["Read more: Five things to know about superbugs", "Advertisement"],
    );
  });

  it("keeps news prose that uses furniture words in their ordinary sense", () => {
    const prose = [
      "Officials declined to comment on the cost, and the ministry did not respond to questions sent by email.",
      "Both countries share concerns about the spread of resistant strains, the statement said.",
      "Japan donated 2 million euros to the fund last year, according to its health ministry.",
      "The drug makers said the copyright and patent rules in the draft would delay cheaper generic medicines, according to reporting by the Financial Times.",
      "Readers of the final text will find no figure for the fund, our correspondent in Geneva noted.",
    ];
    expectClean([P1, ...prose, P2], [P1, ...prose, P2], []);
  });
});

describe("cleanArticle: captions, credits, bios, tags", () => {
  it("drops photo credits, an author bio, a tag line and an editor's note", () => {
    const removed = [
      "Delegates arrive for the final session in Geneva. Photo: Martial Trezzini/Keystone",
      "Tags: health, antibiotics, World Health Organization",
      "This article was updated on 15 March to correct the number of countries.",
      "Helena Strand is a senior correspondent for the Ledger covering health policy.",
    ];
    expectClean([P1, removed[0]!, P2, P3, P4, ...removed.slice(1)], [P1, P2, P3, P4], removed, meta({ outlet: "The Ledger" }));
  });

  it("keeps a paragraph in which the outlet reports under its own name", () => {
    const own = "A spokesman for the ministry told the Ledger that readers of the draft had raised concerns about patient privacy.";
    expectClean([P1, P2, own, P3], [P1, P2, own, P3], [], meta({ outlet: "The Ledger" }));
  });
});

describe("cleanArticle: other languages", () => {
  it("without English stop words, still separates a Spanish story from its share bar and footer", () => {
    const body = [
      "Los ministros de sanidad de once países acordaron el jueves compartir datos sobre la resistencia a los antibióticos, tras años de negociaciones en Ginebra.",
      "El acuerdo, que no es vinculante, pide a cada país que informe cada trimestre de las infecciones resistentes a una base de datos común.",
    ];
    const tail = ["Facebook Twitter WhatsApp", "© 2024 El Diario del Sur"];
    expectClean([...body, ...tail], body, tail, meta({ language: "es" }));
  });
});

// The headline is part of the story (names in it are mentions): it stays as the text's first paragraph.
describe("cleanArticle: head, title and byline", () => {
  it("takes a headline-like first line as the title, strips a site label, and reads the byline", () => {
    const out = expectClean(
      ["Eleven countries agree to pool antibiotic resistance data VIDEO", "by Ines Moreau", "2 hours ago", "Health", P1, P2],
      ["Eleven countries agree to pool antibiotic resistance data", P1, P2],
      ["Eleven countries agree to pool antibiotic resistance data VIDEO", "by Ines Moreau", "2 hours ago", "Health"],
    );
    expect(out.title).toBe("Eleven countries agree to pool antibiotic resistance data");
    expect(out.byline).toBe("Ines Moreau");
  });

  it("finds the headline below a section label and a timestamp", () => {
    const out = expectClean(
      ["World", "14 March 2024", "Eleven countries agree to pool antibiotic resistance data", "By Ines Moreau, Geneva", P1, P2],
      ["Eleven countries agree to pool antibiotic resistance data", P1, P2],
      ["World", "14 March 2024", "By Ines Moreau, Geneva"],
    );
    expect(out.title).toBe("Eleven countries agree to pool antibiotic resistance data");
    expect(out.byline).toBe("Ines Moreau, Geneva");
  });

  it("a first line that is a sentence is body, not a title", () => {
    const out = expectClean([P1, P2], [P1, P2], []);
    expect(out.title).toBeNull();
  });

  it("the title from sources.csv wins; the matching headline line leads the text", () => {
    const out = expectClean(
      ["Antibiotic data deal agreed", "Updated: 14 March 2024, 09:12 GMT", P1, P2],
      ["Antibiotic data deal agreed", P1, P2],
      ["Updated: 14 March 2024, 09:12 GMT"],
      meta({ title: "Antibiotic data deal agreed", byline: "Staff reporter" }),
    );
    expect(out.title).toBe("Antibiotic data deal agreed");
    expect(out.byline).toBe("Staff reporter");
  });

  it("keeps a standfirst sentence before the first long paragraph", () => {
    const standfirst = "Eleven countries will pool their data from next year.";
    expectClean(["Antibiotic data deal agreed", standfirst, P1, P2], ["Antibiotic data deal agreed", standfirst, P1, P2], [], null, "\n\n");
  });

  it("does not mistake prose starting with 'By' for a byline", () => {
    const by = "By Monday, three more countries had said they would join the agreement.";
    expectClean([P1, by, P2], [P1, by, P2], []);
  });
});

describe("cleanArticle: text normalisation keeps offsets honest", () => {
  it("keeps quotes, apostrophes, dashes and no-break spaces; normalises only line ends and blank runs", () => {
    const a = "“It’s late — but it’s done,” the minister said\u00a0on Friday, adding that talks had taken ‘far too long’.";
    const b = "Negotiators worked through the night -- twice -- to reach the compromise, which still needs approval.";
    const out = cleanArticle(raw(`\uFEFF${a}  \r\n\r\n\r\n\r\n${b}\r`));
    expect(out.text).toBe(`${a}\n\n${b}`);
  });

  it("joins a hard-wrapped plain-text paragraph into one line", () => {
    const wrapped = [
      "The agreement, which is not legally binding, asks each country to",
      "report resistant infections to a common database every quarter,",
      "starting next year, officials said after the meeting in Geneva.",
    ];
    expect(cleanArticle(raw(`${wrapped.join("\n")}\n\n${P2}`)).text).toBe(`${wrapped.join(" ")}\n\n${P2}`);
  });

  it("never throws on odd input", () => {
    for (const s of ["", "\n\n\n", "©", "\u0000\u200b", "a", "Share", "By Jo"]) {
      const out = cleanArticle(raw(s));
      expect(typeof out.text).toBe("string");
    }
  });
});

describe("repeatedLines", () => {
  it("finds lines shared by two articles of an outlet, folding counts and case", () => {
    const a = `${P1}\n4 comments\nSupport the Ledger\n`;
    const b = `${P2}\n12 Comments\nSupport the Ledger\n${P2}\n`;
    const rep = repeatedLines([a, b]);
    expect([...rep].sort()).toEqual([lineKey("0 comments"), lineKey("support the ledger")].sort());
  });

  it("removes a repeated non-prose line but keeps a repeated background paragraph", () => {
    const background = "The World Health Organization calls antibiotic resistance one of the top global public health threats facing humanity.";
    const a = [P1, background, P2, "Ledger Health Desk"].join("\n");
    const b = [P3, background, P4, "Ledger Health Desk"].join("\n");
    const repeated = repeatedLines([a, b]);
    const out = cleanArticle(raw(a), { repeated });
    expect(out.text.split(PARAGRAPH_BREAK)).toEqual([P1, background, P2]);
    expect(out.boilerplate).toEqual(["Ledger Health Desk"]);
  });
});

describe("furniture vocabulary", () => {
  it("the trigger-word index finds exactly what running every pattern finds", () => {
    const lines = [
      ...readdirSync("data/articles").filter((f) => f.endsWith(".txt")).flatMap((f) => readFileSync(join("data/articles", f), "utf8").split("\n")),
      ...readdirSync("test/fixtures/clean").filter((f) => /\.(txt|md|html)$/.test(f)).flatMap((f) => readFileSync(join("test/fixtures/clean", f), "utf8").split("\n")),
      "Readers’ comments (c) 2021", "Editor’s picks", "@2024 Example", "© Example Media", "Subscribers only", "Report this post",
    ];
    for (const line of lines) {
      const brute = { strong: STRONG.filter((e) => e.re.test(line)).length, weak: WEAK.filter((e) => e.re.test(line)).length };
      expect(paragraphFeatures(line, { outlet: [], useStopwords: true }), line).toMatchObject(brute);
    }
  });
});
