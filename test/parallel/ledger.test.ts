import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { buildFolder, type BuildOptions, type Built } from "../../loaders/plan/build.js";
import { TABLE_NAMES, type TableName } from "../../loaders/types.js";

// The ledger (loaders/plan/ledger.ts) lets a rebuild resolve only the added
// articles. It must never change a table: every rebuild here is compared byte
// for byte with a build without any cache, whether the ledger was used or the
// whole corpus was resolved, and both outcomes must occur.

const bytes = (b: Built) => Object.fromEntries(TABLE_NAMES.map((t) => [t, Buffer.concat(b.json[t]).toString("utf8")])) as Record<TableName, string>;

function setup(name: string, registry = "") {
  const root = mkdtempSync(join(tmpdir(), `dossier-ledger-${name}-`));
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

  it("an added article naming known actors by known names uses the ledger, wherever it sorts; a new actor or name does not", async () => {
    const { dir, rebuild } = setup("hand", "vladimir-putin,Vladimir Putin,person,Putin,RU,President of Russia,,\n");
    mkdirSync(dir);
    const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
    write("b-summit.txt", "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.\n\nVladimir Putin said the talks in Moscow were useful. Putin thanked Xi Jinping.\n");
    write("c-talks.txt", "Vladimir Putin spoke to reporters in Moscow on Tuesday.\n\nXi Jinping left Moscow for Beijing.\n");
    expect(await rebuild()).toMatch(/^whole: /);
    // Known actors by known names, after and before every other article in the order.
    write("d-later.txt", "Putin returned to Moscow on Wednesday.\n\nVladimir Putin said nothing more.\n");
    expect(await rebuild()).toBe("ledger");
    // Before every other article, only what the registry names is known.
    write("a-earlier.txt", "Vladimir Putin spoke on Friday.\n");
    expect(await rebuild()).toBe("ledger");
    // A new person: the whole corpus is resolved again.
    write("e-new.txt", "Finance Minister Janet Morrowfield met Vladimir Putin in Moscow on Thursday.\n");
    expect(await rebuild()).toMatch(/^whole: .*would be a new actor/);
    // Removing an article: the whole corpus again.
    renameSync(join(dir, "e-new.txt"), join(dir, "e-new.txt.off"));
    expect(await rebuild()).toBe("whole: an article was removed");
  }, 60_000);
});
