import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFolder, type BuildOptions, type Built } from "../../loaders/plan/build.js";
import { TABLE_NAMES, type TableName } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// A rebuild resolves the whole corpus and takes every article's rows from the
// cache under its rows key (its part, its mentions, the actors they name): an
// added article that changes another article's actors must change that
// article's key. Every rebuild here is compared byte for byte with a build
// without any cache.

const bytes = (b: Built) => Object.fromEntries(TABLE_NAMES.map((t) => [t, Buffer.concat(b.json[t]).toString("utf8")])) as Record<TableName, string>;

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

// Dated articles spread over 25 years: a bare surname may join a full name printed near its year only.
const yearOf = (f: string) => 2000 + ([...f].reduce((s, ch) => s + ch.charCodeAt(0), 0) % 25);

describe("rebuild", () => {
  // Without sources.csv every article is of one outlet, so shared sentences become its boilerplate and
  // the articles' first halves depend on each other; one outlet per article exercises resolution alone.
  for (const [outlets, runs, seed] of [["one outlet", 40, 1], ["dated, one outlet per article", 40, 3]] as const) {
    it(`property (${outlets}): adding random articles to a random corpus gives the cold tables`, async () => {
      const root = scratchDir("dossier-rebuild-");
      const dir = join(root, "corpus");
      const registryPath = join(root, "actors.csv");
      // Registry names are indexed from the start: an added article may be the first to use them.
      writeFileSync(registryPath, "id,name,kind,aliases,country,role,distinct_from,note\nrussia,Russia,country,Moscow|Kremlin,RUS,,,\ntaras-hrynko,Taras Hrynko,person,Hrinko|Hrynko,UKR,President of Ukraine,,\n");
      const options: BuildOptions = { cacheDir: join(root, "cache"), registryPath, correctionsPath: null, jobs: 1 };
      const rebuild = async () => {
        const warm = await buildFolder(dir, options);
        const cold = await buildFolder(dir, { ...options, cacheDir: null });
        expect(bytes(warm)).toEqual(bytes(cold));
        expect(warm.problems).toEqual(cold.problems);
      };
      const article = fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 4 }).map((ix) => ix.map((i) => SENTENCES[i]).join("\n\n") + "\n");
      await fc.assert(
        fc.asyncProperty(fc.array(article, { minLength: 2, maxLength: 5 }), fc.array(fc.tuple(article, fc.nat(99)), { minLength: 1, maxLength: 2 }), async (corpus, additions) => {
          rmSync(dir, { recursive: true, force: true });
          mkdirSync(dir);
          const files = corpus.map((_, i) => `${String(i * 10 + 5).padStart(2, "0")}.txt`);
          const sources = (fs: string[]) =>
            outlets === "one outlet" ||
            writeFileSync(join(dir, "sources.csv"), ["file,title,outlet,url,published,byline,language", ...fs.map((f) => `${f},,${f},,${yearOf(f)}-06-01,,en`)].join("\n") + "\n");
          corpus.forEach((text, i) => writeFileSync(join(dir, files[i]!), text));
          sources(files);
          await rebuild();
          for (const [k, [added, at]] of additions.entries()) {
            const name = `${String(at).padStart(2, "0")}-added${k}.txt`;
            writeFileSync(join(dir, name), added);
            files.push(name);
            sources(files);
            await rebuild();
          }
        }),
        { numRuns: Number(process.env.REBUILD_RUNS ?? runs), seed: Number(process.env.REBUILD_SEED ?? seed) },
      );
    }, 180_000);
  }
});
