import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { buildFolder, type BuildOptions, type Built } from "../../loaders/plan/build.js";
import { TABLE_NAMES, type TableName } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// The ledger (loaders/plan/ledger.ts) lets a rebuild resolve only the added
// articles. It must never change a table: every rebuild here is compared byte
// for byte with a build without any cache, whether the ledger was used or the
// whole corpus was resolved, and both outcomes must occur.

const bytes = (b: Built) => Object.fromEntries(TABLE_NAMES.map((t) => [t, Buffer.concat(b.json[t]).toString("utf8")])) as Record<TableName, string>;

function setup(name: string, registry = "") {
  const root = scratchDir(`dossier-ledger-${name}-`);
  const dir = join(root, "corpus");
  const registryPath = join(root, "actors.csv");
  writeFileSync(registryPath, `id,name,kind,aliases,country,role,distinct_from,note\n${registry}`);
  const options: BuildOptions = { cacheDir: join(root, "cache"), registryPath, correctionsPath: null, jobs: 1 };
  /** Builds with the cache and without; they must agree. Returns how the cached build resolved actors. */
  const rebuild = async () => {
    const warm = await buildFolder(dir, options);
    const cold = await buildFolder(dir, { ...options, cacheDir: null });
    expect(bytes(warm)).toEqual(bytes(cold));
    expect(warm.problems).toEqual(cold.problems);
    return warm.work.resolution;
  };
  return { root, dir, rebuild };
}

describe("ledger", () => {
  it("adding a copy of each article of a generated corpus gives the cold tables, by the ledger or not", async () => {
    const { dir, rebuild } = setup("copies");
    generateCorpus(dir, 14, 7);
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    const sources = readFileSync(join(dir, "sources.csv"), "utf8");
    expect(await rebuild()).toMatch(/^whole: /);
    // Rebuilding an unchanged corpus uses the ledger.
    expect(await rebuild()).toBe("ledger");
    const how: string[] = [];
    for (const f of files) {
      // The same text again under another outlet: every name in it is known, but only after its original.
      writeFileSync(join(dir, "zz-copy.txt"), readFileSync(join(dir, f)));
      writeFileSync(join(dir, "sources.csv"), `${sources.trimEnd()}\nzz-copy.txt,,Copy Daily,,2024-11-20,,en\n`);
      how.push(await rebuild());
      rmSync(join(dir, "zz-copy.txt"));
      writeFileSync(join(dir, "sources.csv"), sources);
      expect(await rebuild()).toMatch(/^whole: /);
    }
    expect(how.filter((h) => h === "ledger").length).toBeGreaterThanOrEqual(files.length / 2);
  }, 180_000);

  it("adding back each article of a generated corpus (its own outlet) gives the cold tables, its new actors too", async () => {
    const { root, dir, rebuild } = setup("back");
    generateCorpus(dir, 14, 11);
    // One outlet per article, so that removing one changes no other article's cleaning.
    const [header, ...rows] = readFileSync(join(dir, "sources.csv"), "utf8").trimEnd().split("\n");
    const own = rows.map((r, k) => r.split(",").map((f, i) => (i === 2 ? `Outlet ${k}` : f)).join(","));
    const sources = [header, ...own].join("\n") + "\n";
    writeFileSync(join(dir, "sources.csv"), sources);
    mkdirSync(join(root, "aside"));
    const how: string[] = [];
    for (const row of own) {
      const f = row.split(",")[0]!;
      renameSync(join(dir, f), join(root, "aside", f));
      writeFileSync(join(dir, "sources.csv"), sources.replace(`${row}\n`, ""));
      expect(await rebuild()).toMatch(/^whole: /);
      renameSync(join(root, "aside", f), join(dir, f));
      writeFileSync(join(dir, "sources.csv"), sources);
      how.push(await rebuild());
    }
    // Headlines are part of articles.text (issue 16) and the name tagger finds more names, so these
    // articles share more names with later ones and fewer can be resolved alone: 2 of 14 on this corpus.
    expect(how.filter((h) => h === "ledger").length).toBeGreaterThanOrEqual(2);
    expect(how.some((h) => h.startsWith("whole: "))).toBe(true);
  }, 180_000);

  it("an added article is resolved alone unless a later lookup could see what it changed", async () => {
    const { dir, rebuild } = setup("hand", "orvel-marsk,Orvel Marsk,person,Marsk,RU,President of Russia,,\n");
    mkdirSync(dir);
    const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
    write("b-summit.txt", "Russian President Orvel Marsk met Chinese President Wen Lirong in Moscow on Monday.\n\nOrvel Marsk said the talks in Moscow were useful. Marsk thanked Wen Lirong.\n");
    write("c-talks.txt", "Orvel Marsk spoke to reporters in Moscow on Tuesday.\n\nWen Lirong left Moscow for Beijing.\n");
    expect(await rebuild()).toMatch(/^whole: /);
    // Known actors by known names, after and before every other article in the order.
    write("d-later.txt", "Marsk returned to Moscow on Wednesday.\n\nOrvel Marsk said nothing more.\n");
    expect(await rebuild()).toBe("ledger");
    write("a-earlier.txt", "Orvel Marsk spoke on Friday.\n");
    expect(await rebuild()).toBe("ledger");
    // A new person, then her bare surname in a later article.
    write("e-new.txt", "Finance Minister Janet Morrowfield met Orvel Marsk in Moscow on Thursday.\n");
    expect(await rebuild()).toBe("ledger");
    write("f-bare.txt", "Morrowfield said on Friday that the talks in Moscow went well.\n");
    expect(await rebuild()).toBe("ledger");
    // The same person first named in an article before the one that introduced her: that one would find her.
    write("0-first.txt", "Finance Minister Janet Morrowfield arrived in Moscow.\n");
    expect(await rebuild()).toMatch(/^whole: 0-first: .*would be indexed before/);
    // A bare surname nobody bears is dropped; a person bearing it, added before, would take it.
    write("g-bare.txt", "Bellwether declined to comment on the talks in Moscow.\n");
    expect(await rebuild()).toBe("ledger");
    write("fz-new.txt", "Senator Tom Bellwether visited Moscow on Monday.\n");
    expect(await rebuild()).toMatch(/^whole: fz-new: a later article looked up a surname/);
    // Removing an article: the whole corpus again.
    renameSync(join(dir, "e-new.txt"), join(dir, "e-new.txt.off"));
    expect(await rebuild()).toMatch(/^whole: /);
  }, 60_000);

  it("a full name printed in another year is a change that later bare surnames may see", async () => {
    const { dir, rebuild } = setup("years");
    mkdirSync(dir);
    const files: [string, string][] = [];
    const write = (file: string, published: string, text: string) => {
      writeFileSync(join(dir, file), text);
      files.push([file, published]);
      writeFileSync(join(dir, "sources.csv"), ["file,title,outlet,url,published,byline,language", ...files.map(([f, p]) => `${f},,${f},,${p},,en`)].join("\n") + "\n");
    };
    write("b-old.txt", "2009-05-04", "President Calloway vetoed the budget on Tuesday.\n\nCalloway said the deficit was too large.\n");
    write("c-new.txt", "2021-06-10", "Governor Henrietta Calloway opened the bridge on Monday.\n");
    expect(await rebuild()).toMatch(/^whole: /);
    // Near her year: her bare surname joins her; alone, by the ledger.
    write("d-later.txt", "2022-01-03", "Calloway thanked the engineers on Friday.\n");
    expect(await rebuild()).toBe("ledger");
    // Her full name in a year near the old article's: that article's bare surname would now be hers.
    write("a-early.txt", "2008-02-01", "Governor Henrietta M. Calloway spoke on Friday.\n");
    expect(await rebuild()).toMatch(/^whole: a-early: a later article looked up a surname/);
  }, 60_000);

  it("an added article's first mentions take their place in an actor's aliases and counts, before later articles'", async () => {
    // The registry indexes "Moscow" from the start, so the added article may be the first to mention it.
    const { dir, rebuild } = setup("order", "russia,Russia,country,Moscow,RUS,,,\n");
    mkdirSync(dir);
    writeFileSync(join(dir, "b.txt"), "Russia rejected the plan on Monday.\n");
    writeFileSync(join(dir, "d.txt"), "Moscow rejected the plan again on Friday.\n");
    expect(await rebuild()).toMatch(/^whole: /);
    // Between them: a new surface first, then one the later article introduced.
    writeFileSync(join(dir, "c.txt"), "The Kremlin said on Wednesday that Moscow would reply.\n");
    expect(await rebuild()).toBe("ledger");
  }, 60_000);

  // Sentences that make resolution's harder paths meet: shared surnames, a bare surname before and
  // after the full name, acronyms and their expansions, metonyms, two spellings of one name.
  const SENTENCES = [
    "Foreign Minister John Harwick met NATO officials in Brussels on Monday.",
    "Harwick said the talks were useful.",
    "Defence Minister Jane Harwick visited Kyiv on Tuesday.",
    "The North Atlantic Treaty Organization (NATO) promised more air defence.",
    "NATO said it would meet again in March.",
    "Moscow rejected the plan, the Kremlin said.",
    "President Taras Hrynko thanked Japan.",
    "Hrinko spoke to reporters in Kiev.",
    "Prime Minister Kenji Soratani called Hrynko on Wednesday.",
    "Soratani said Japan would send 12,000 tents.",
    "The International Atomic Energy Agency (IAEA) inspected the plant.",
    "IAEA inspectors left Zaporizhzhia on Friday.",
    "Senator Maria Okonkwo-Bell criticised the decision.",
    "Okonkwo-Bell declined to comment.",
    "The Kremlin said on Wednesday that Moscow would reply.",
    "Ukrainian President Taras Hrinko met Soratani in Tokyo.",
  ];

  // Without sources.csv every article is of one outlet, so shared sentences become its boilerplate and
  // the articles' first halves depend on each other (this found part keys that named the answers to the
  // repeated-lines questions but not the questions: seed 1, within 100 runs). One outlet per article
  // exercises resolution alone.
  // Dated articles spread over 25 years: a bare surname may join a full name printed near its year only.
  const yearOf = (f: string) => 2000 + ([...f].reduce((s, ch) => s + ch.charCodeAt(0), 0) % 25);
  for (const [outlets, runs, seed] of [["one outlet", 100, 1], ["one outlet per article", 40, 8], ["dated, one outlet per article", 40, 3]] as const) {
    it(`property (${outlets}): adding a random article to a random corpus gives the cold tables`, async () => {
      // Registry names are indexed from the start: an added article may be the first to use them.
      const { dir, rebuild } = setup("prop", "russia,Russia,country,Moscow|Kremlin,RUS,,,\ntaras-hrynko,Taras Hrynko,person,Hrinko|Hrynko,UKR,President of Ukraine,,\n");
      const article = fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 4 }).map((ix) => ix.map((i) => SENTENCES[i]).join("\n\n") + "\n");
      const outcomes: string[] = [];
      await fc.assert(
        // Two additions in turn: the second reads the ledger the first wrote.
        fc.asyncProperty(fc.array(article, { minLength: 2, maxLength: 5 }), fc.array(fc.tuple(article, fc.nat(99)), { minLength: 1, maxLength: 2 }), async (corpus, additions) => {
          rmSync(dir, { recursive: true, force: true });
          mkdirSync(dir);
          const files = corpus.map((_, i) => `${String(i * 10 + 5).padStart(2, "0")}.txt`);
          const sources = (fs: string[]) =>
            outlets === "one outlet" ||
            writeFileSync(join(dir, "sources.csv"), ["file,title,outlet,url,published,byline,language", ...fs.map((f) => `${f},,${f},,${outlets.startsWith("dated") ? `${yearOf(f)}-06-01` : ""},,en`)].join("\n") + "\n");
          corpus.forEach((text, i) => writeFileSync(join(dir, files[i]!), text));
          sources(files);
          expect(await rebuild()).toMatch(/^whole: /);
          for (const [k, [added, at]] of additions.entries()) {
            const name = `${String(at).padStart(2, "0")}-added${k}.txt`;
            writeFileSync(join(dir, name), added);
            files.push(name);
            sources(files);
            outcomes.push(await rebuild());
          }
        }),
        { numRuns: Number(process.env.LEDGER_RUNS ?? runs), seed: Number(process.env.LEDGER_SEED ?? seed) },
      );
      // Both outcomes occur (the comparison with the cold tables is inside rebuild()).
      expect(outcomes).toContain("ledger");
      expect(outcomes.some((h) => h.startsWith("whole: "))).toBe(true);
    }, 180_000);
  }
});
