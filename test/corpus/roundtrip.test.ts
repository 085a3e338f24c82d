import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addArticle, indexCorpus } from "../../loaders/corpus/add.js";
import { checkCorpus } from "../../loaders/corpus/check.js";
import { parseCorrections } from "../../loaders/corrections/index.js";
import { buildFolder, tablesOf, type BuildOptions } from "../../loaders/plan/build.js";
import { scratchDir } from "../scratch.js";

const extractFolder = async (dir: string, options: BuildOptions) => {
  const built = await buildFolder(dir, { jobs: 1, ...options });
  return { tables: tablesOf(built), problems: built.problems, cache: built.cache };
};

const A = `Foreign Minister Helga Brandt of Norway arrived in Warsaw on Tuesday for talks with Polish officials.
Norway has pledged about 500 million euros in aid to Poland's border regions, the ministry said.
Brandt also met 40 volunteers who run a refugee shelter near the border.`;
const B = `Chile and Peru signed a water-sharing treaty in Lima on Friday after 10 years of talks.
The treaty covers 3 rivers and sets up a joint commission, Peruvian officials said.`;

function setup() {
  const root = scratchDir("dossier-loop-");
  const dir = join(root, "articles");
  mkdirSync(dir);
  writeFileSync(join(dir, "sources.csv"), "file,title,outlet,url,published,byline,language\n");
  writeFileSync(join(root, "a.txt"), A);
  writeFileSync(join(root, "b.txt"), B);
  return { root, dir, cache: join(root, "cache"), corrections: join(root, "corrections.csv") };
}

describe("the reporter's loop: add → extract → correct → rebuild", () => {
  it("applies corrections by id, marks corrected rows, reports stale ids, and re-extracts only the new article", async () => {
    const { root, dir, cache, corrections } = setup();
    const index = indexCorpus(dir);
    expect(addArticle(index, join(root, "a.txt"), { outlet: "Nordic Post", published: "2024-03-14", title: "Brandt in Warsaw" }).ok).toBe(true);

    const first = await extractFolder(dir, { cacheDir: cache, correctionsPath: corrections });
    expect(first.tables.articles.map((a) => a.file)).toEqual(["2024-03-14-brandt-in-warsaw.txt"]);
    const volunteers = first.tables.figures.find((f) => f.value === 40);
    expect(volunteers, JSON.stringify(first.tables.figures)).toBeDefined();
    const aid = first.tables.figures.find((f) => f.value === 500_000_000 || f.value === 500);
    expect(aid).toBeDefined();

    writeFileSync(corrections, [
      "id,action,field,value,note",
      `${volunteers!.id},reject,,,"not a figure the story is about"`,
      `${aid!.id},set,unit,euros in aid,unit checked against the ministry release`,
      "fig_000000000000,reject,,,an id from an older extraction",
      `${aid!.id},set,colour,blue,`,
    ].join("\n"));

    // Add a second article: only it is extracted anew, the first comes from the cache.
    expect(addArticle(index, join(root, "b.txt"), { outlet: "Andes Wire", published: "2024-03-15" }).ok).toBe(true);
    const second = await extractFolder(dir, { cacheDir: cache, correctionsPath: corrections });
    expect(second.tables.articles).toHaveLength(2);
    expect(second.cache.hits).toBeGreaterThanOrEqual(1);
    expect(second.tables.figures.find((f) => f.id === volunteers!.id)).toBeUndefined();
    const fixed = second.tables.figures.find((f) => f.id === aid!.id)!;
    expect(fixed.unit).toBe("euros in aid");
    expect(fixed.correction).toBe("unit checked against the ministry release");
    expect(second.tables.figures.filter((f) => f.id !== aid!.id).every((f) => f.correction === null)).toBe(true);
    const lines = second.problems.filter((p) => p.file === corrections).map((p) => `${p.level}: ${p.message}`);
    expect(lines).toEqual([
      'warning: line 4: no row has id "fig_000000000000" any more (the extractor changed?); correction not applied',
      expect.stringMatching(/^error: line 5: figures has no correctable field "colour"/),
    ]);
    // The rebuild is identical when nothing changed (all from cache).
    const third = await extractFolder(dir, { cacheDir: cache, correctionsPath: corrections });
    expect(third.cache.misses).toBe(0);
    expect(third.tables).toEqual(second.tables);
    expect(readdirSync(dir).sort()).toEqual(["2024-03-14-brandt-in-warsaw.txt", "2024-03-15-b.txt", "sources.csv"]);
  });

  it("rebuilds a corrupt cache entry instead of failing", async () => {
    const { root, dir, cache } = setup();
    addArticle(indexCorpus(dir), join(root, "b.txt"), { published: "2024-03-15" });
    const first = await extractFolder(dir, { cacheDir: cache });
    const { readdirSync: ls, writeFileSync: w } = await import("node:fs");
    const { statSync } = await import("node:fs");
    for (const f of ls(cache, { recursive: true }).map(String)) if (statSync(join(cache, f)).isFile()) w(join(cache, f), "{ truncated");
    const again = await extractFolder(dir, { cacheDir: cache });
    expect(again.tables).toEqual(first.tables);
    expect(again.cache.hits).toBe(0);
  });

  it("parses corrections.csv with one line per bad row", () => {
    const { corrections, problems } = parseCorrections("id,action,field,value,note\nfig_1,delete,,,\n,reject,,,\nfig_2,set,,,\nfig_3,reject,,,ok\n", "c.csv");
    expect(corrections.map((c) => c.id)).toEqual(["fig_3"]);
    expect(problems.map((p) => p.message)).toEqual(['line 2: action must be "reject" or "set", not "delete"', "line 3: no id", 'line 4: "set" needs a field']);
  });
});

describe("dossier check", () => {
  it("lists every problem of sources.csv with its line", async () => {
    const { dir } = setup();
    writeFileSync(join(dir, "one.txt"), A);
    writeFileSync(join(dir, "two.txt"), B);
    writeFileSync(join(dir, "sources.csv"), [
      "file,title,outlet,url,published,byline,language,extra",
      "one.txt,,Nordic Post,ftp://x,2024-13-01,,en,",
      'one.txt,"=HYPERLINK(""http://evil"")",,,,,en,',
      "ghost.txt,,,,,,en,",
    ].join("\n"));
    const lines = (await checkCorpus({ corpus: dir })).map((p) => `${p.level}: ${p.message}`);
    expect(lines).toEqual([
      'warning: line 1: unknown column "extra" (ignored)',
      'error: line 2: published "2024-13-01" is not a calendar date',
      'warning: line 2: url "ftp://x" is not an http(s) address',
      'error: line 3: "one.txt" is listed again (first on line 2)',
      'warning: line 3: title "=HYPERLINK("http://evil")" starts with "=": a spreadsheet would run it as a formula (the report shows it as text)',
      'error: line 4: "ghost.txt" is not an article file in the folder',
      'warning: no row for "two.txt": its outlet and date are unknown',
    ]);
  });
});
