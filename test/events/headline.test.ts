import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFolder } from "../../loaders/pipeline.js";
import { scratchDir } from "../scratch.js";

// The headline leads articles.text so the names in it are mentions, but an event
// it announces is the one the body reports: coding both would count it twice.
const HEADLINE = "Chile condemns Peru over border shelling";
const BODY = `The government of Chile on Monday condemned Peru for the shelling of two border villages, the foreign ministry said.
Officials in Peru did not respond to requests for comment.`;

describe("events and the headline", () => {
  it("finds the headline's names but reads its events from the body only", async () => {
    const dir = scratchDir("dossier-headline-");
    writeFileSync(join(dir, "story.txt"), `${HEADLINE}\n\n${BODY}\n`);
    writeFileSync(join(dir, "sources.csv"), `file,title,outlet,url,published,byline,language\nstory.txt,${HEADLINE},Wire,,2025-03-03,,en\n`);
    const { tables } = await extractFolder(dir);
    const text = tables.articles[0]!.text;
    expect(text.startsWith(HEADLINE)).toBe(true);
    const inHeadline = (start: number) => start < HEADLINE.length;
    expect(tables.mentions.filter((m) => inHeadline(m.start)).map((m) => m.text)).toEqual(expect.arrayContaining(["Chile", "Peru"]));
    expect(tables.events.filter((e) => inHeadline(e.start))).toEqual([]);
    const accuse = tables.events.filter((e) => e.type === "ACCUSE");
    expect(accuse.length, JSON.stringify(tables.events)).toBe(1);
    expect(accuse[0]!.start).toBeGreaterThan(HEADLINE.length);
  });
});
