import { appendFileSync, copyFileSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { buildFolder, tablesOf, type BuildOptions, type Built } from "../../loaders/plan/build.js";
import { ownRepeated } from "../../loaders/clean/repeated.js";
import { toJSON } from "../../loaders/tables/write.js";
import { TABLE_NAMES, type TableName } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// The reporter's loop must give the tables a cold run gives, byte for byte:
// after adding, editing or removing an article, editing sources.csv, the
// registry or the corrections, and with a damaged cache.

const seed = readdirSync("data/articles").filter((f) => f.endsWith(".txt")).sort();
const bytes = (b: Built) => Object.fromEntries(TABLE_NAMES.map((t) => [t, Buffer.concat(b.json[t]).toString("utf8")])) as Record<TableName, string>;

describe("ownRepeated", () => {
  it("gives the keys of the article's own lines that repeat across its outlet, and nothing of the others", () => {
    const outlet = new Set(["donate to keep us going.", "latest news", "read more"]);
    const content = "Latest News\n\nThe council met on 3 May.\n  Donate to keep us going.  \nLatest   news\n";
    expect(ownRepeated(content, outlet).sort()).toEqual(["donate to keep us going.", "latest news"]);
    expect(ownRepeated(content, new Set())).toEqual([]);
  });
});

describe("incremental rebuild", () => {
  const root = scratchDir("dossier-inc-");
  const dir = join(root, "corpus");
  const cacheDir = join(root, "cache");
  const registryPath = join(root, "actors.csv");
  const correctionsPath = join(root, "corrections.csv");
  const options: BuildOptions = { cacheDir, registryPath, correctionsPath, jobs: 1 };
  /** A run with the cache and a run without agree, in the JSON writer's layout. */
  async function expectCold(): Promise<Built> {
    const warm = await buildFolder(dir, options);
    const cold = await buildFolder(dir, { ...options, cacheDir: null });
    expect(bytes(warm)).toEqual(bytes(cold));
    expect(warm.problems).toEqual(cold.problems);
    const tables = tablesOf(warm);
    expect(bytes(warm)).toEqual(Object.fromEntries(TABLE_NAMES.map((t) => [t, toJSON(tables[t])])));
    return warm;
  }

  beforeAll(async () => {
    generateCorpus(dir, 24, 5);
    writeFileSync(registryPath, "id,name,kind,aliases,country,role,distinct_from,note\n");
    writeFileSync(correctionsPath, "id,action,field,value,note\n");
    await buildFolder(dir, options);
    // a cold build of 24 articles: seconds alone, far more on a loaded machine
  }, 120_000);

  it("adding an article (new outlet, then an existing one) re-extracts only it and gives the cold tables", async () => {
    copyFileSync(join("data/articles", seed[0]!), join(dir, "zz-added.txt"));
    appendFileSync(join(dir, "sources.csv"), "zz-added.txt,,Added Daily,,2024-11-20,,en\n");
    const added = await expectCold();
    // 24 parts and most rows from the cache; the new article's part and rows are computed.
    expect(added.cache.hits).toBeGreaterThanOrEqual(24);
    expect(added.work.read).toBe(1);
    expect(added.counts.articles).toBe(25);
    // Into an existing outlet: its repeated lines are recounted with the newcomer.
    copyFileSync(join("data/articles", seed[1]!), join(dir, "zz-second.txt"));
    appendFileSync(join(dir, "sources.csv"), "zz-second.txt,,Reuters,,2024-11-21,,en\n");
    await expectCold();
  });

  it("a line that becomes repeated in an outlet re-reads the articles holding it, not the outlet's others", async () => {
    const prose = (topic: string) => `The ministers met in Vienna on Tuesday to discuss ${topic}, officials said after the talks ended late in the evening.`;
    const row = (f: string) => `${f},,Furniture Daily,,2024-05-0${f.at(-5)},,en\n`;
    for (const [f, extra] of [["fd-1.txt", "Subscribe to Furniture Daily"], ["fd-2.txt", ""], ["fd-3.txt", ""]] as const) {
      writeFileSync(join(dir, f), `${prose(f)}\n\n${extra}\n`);
      appendFileSync(join(dir, "sources.csv"), row(f));
    }
    await buildFolder(dir, options);
    writeFileSync(join(dir, "fd-4.txt"), `${prose("grain exports")}\n\nSubscribe to Furniture Daily\n`);
    appendFileSync(join(dir, "sources.csv"), row("fd-4.txt"));
    const after = await expectCold();
    // fd-4 is new; fd-1 asked about the line that is now repeated; fd-2 and fd-3 did not.
    expect(after.work.read).toBe(2);
  });

  it("an edited article (even same size, old mtime), edited metadata and a removed article invalidate", async () => {
    const file = join(dir, "gen-000003.txt");
    const text = readFileSync(file, "utf8");
    const { atime, mtime } = statSync(file);
    // Same length, same mtime: the change still shows in ctime and the content hash.
    writeFileSync(file, text.replace(/[a-z]/, (c) => (c === "a" ? "b" : "a")));
    utimesSync(file, atime, mtime);
    await expectCold();
    writeFileSync(file, `${text}\nThe ministry said 4,000 soldiers had been moved to the border.\n`);
    const edited = await expectCold();
    expect(edited.json.articles.some((b) => b.toString().includes("4,000 soldiers"))).toBe(true);
    const sources = readFileSync(join(dir, "sources.csv"), "utf8");
    writeFileSync(join(dir, "sources.csv"), sources.replace(/^(gen-000005\.txt,[^,]*,)[^,]*,([^,]*,)[^,]*/m, "$1Deutsche Welle,$21999-01-02"));
    const meta = await expectCold();
    expect(meta.json.articles.some((b) => b.toString().includes('"published":"1999-01-02"'))).toBe(true);
    rmSync(join(dir, "gen-000007.txt"));
    const removed = await expectCold();
    expect(removed.json.articles.some((b) => b.toString().includes("gen-000007"))).toBe(false);
  });

  it("an edited registry or corrections file changes the tables as a cold run does", async () => {
    const before = bytes(await buildFolder(dir, options));
    // An actor the extractor found, registered under a new id with a role: its rows must follow.
    const actor = (JSON.parse(before.actors) as { id: string; name: string; kind: string }[]).find((a) => a.kind === "person")!;
    writeFileSync(registryPath, `id,name,kind,aliases,country,role,distinct_from,note\nregistered-${actor.id},${actor.name},person,,,Test Role,,\n`);
    const registered = await expectCold();
    expect(bytes(registered).actors).not.toEqual(before.actors);
    expect(bytes(registered).actors).toContain(`"id":"registered-${actor.id}"`);
    const [figure] = JSON.parse(bytes(registered).figures) as { id: string }[];
    writeFileSync(correctionsPath, `id,action,field,value,note\n${figure!.id},reject,,,not a figure\nfig_000000000000,reject,,,stale\n`);
    const corrected = await expectCold();
    expect(bytes(corrected).figures).not.toContain(figure!.id);
    expect(corrected.problems.some((p) => p.message.includes('no row has id "fig_000000000000"'))).toBe(true);
  });

  it("rebuilds from a damaged cache: corrupt packs read as missing", async () => {
    const good = bytes(await buildFolder(dir, options));
    for (const sub of readdirSync(cacheDir, { withFileTypes: true })) {
      if (sub.isFile()) writeFileSync(join(cacheDir, sub.name), "{ truncated");
      else for (const f of readdirSync(join(cacheDir, sub.name))) writeFileSync(join(cacheDir, sub.name, f), "{ truncated");
    }
    const again = await buildFolder(dir, options);
    expect(bytes(again)).toEqual(good);
    expect(again.cache.hits).toBe(0);
    // A flipped byte inside one record fails its checksum: that record alone is rebuilt.
    const packs = join(cacheDir, "packs");
    const [pack] = readdirSync(packs);
    const buf = readFileSync(join(packs, pack!));
    buf[buf.length - 10]! ^= 0xff;
    writeFileSync(join(packs, pack!), buf);
    const flipped = await buildFolder(dir, options);
    expect(bytes(flipped)).toEqual(good);
    expect(flipped.cache.misses).toBeGreaterThanOrEqual(1);
  });

  it("keeps every record an unchanged article needs when packs are compacted", async () => {
    // Each rebuild with a new article writes a pack; the fifth rewrites them as one.
    const read: number[] = [];
    for (let n = 0; n < 6; n++) {
      // Lines no other article has (a shared line would change the outlet's repeated lines, and rightly re-read the others).
      const city = ["Oslo", "Bergen", "Tromso", "Bodo", "Narvik", "Alta"][n];
      writeFileSync(join(dir, `zz-loop-${n}.txt`), `Officials in ${city} said the talks would go on.\n`);
      read.push((await buildFolder(dir, options)).work.read);
    }
    // Only the new article each time: the compaction kept the others' sentences, though no run read them.
    expect(read).toEqual([1, 1, 1, 1, 1, 1]);
    expect(readdirSync(join(cacheDir, "packs")).length).toBeLessThanOrEqual(4);
    const again = await buildFolder(dir, options);
    expect([again.cache.misses, again.work.read, again.work.finish]).toEqual([0, 0, 0]);
    // A registry change re-finishes rows from the kept sentences, without re-reading any article.
    writeFileSync(registryPath, readFileSync(registryPath, "utf8").replace("Test Role", "Other Role"));
    const refinished = await expectCold();
    expect(refinished.work.read).toBe(0);
    expect(refinished.work.finish).toBeGreaterThan(0);
  });

  it("gives the same tables on worker threads", async () => {
    copyFileSync(join("data/articles", seed[2]!), join(dir, "zz-third.txt"));
    const threads = await buildFolder(dir, { ...options, jobs: 2 });
    expect(bytes(threads)).toEqual(bytes(await buildFolder(dir, { ...options, cacheDir: null })));
  });
});
