import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { addArticle, indexCorpus } from "../../loaders/corpus/add.js";
import { csvRow } from "../../loaders/corpus/csv.js";
import { publishedProblem } from "../../loaders/corpus/dates.js";
import { scratchDir } from "../scratch.js";

const STORY = `Ministers from Portugal and Chile met in Lisbon on Monday to sign a fisheries agreement.
The agreement sets quotas for 12 species and creates a joint inspection board, the Portuguese ministry said.
“This protects our coasts for a generation,” the Chilean minister told reporters after the ceremony.
Fishing groups in both countries welcomed the deal but asked for more money for small boats.`;

function corpus() {
  const root = scratchDir("dossier-add-");
  const dir = join(root, "articles");
  mkdirSync(dir);
  writeFileSync(join(dir, "existing.txt"), STORY);
  writeFileSync(join(dir, "sources.csv"), "file,title,outlet,url,published,byline,language\nexisting.txt,,Wire,,2024-05-06,,en\n");
  return { root, dir };
}
const write = (dir: string, name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("dossier add", () => {
  it("copies a new article under a readable unique slug and appends a properly quoted sources.csv row", () => {
    const { root, dir } = corpus();
    const index = indexCorpus(dir);
    const src = write(root, "download (3).txt", "Brazil and Kenya agreed on Tuesday to expand coffee research, officials said.\nThe programme will train 400 agronomists over five years.");
    const r = addArticle(index, src, { title: 'Brazil, Kenya "expand" coffee research', outlet: "Agro, Daily", published: "2024-06-01" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toBe("2024-06-01-brazil-kenya-expand-coffee-research.txt");
    expect(readFileSync(join(dir, r.file), "utf8")).toContain("coffee research");
    const rows = parse(readFileSync(join(dir, "sources.csv")), { columns: true }) as Record<string, string>[];
    expect(rows.at(-1)).toEqual({ file: r.file, title: 'Brazil, Kenya "expand" coffee research', outlet: "Agro, Daily", url: "", published: "2024-06-01", byline: "", language: "en" });
    // Same title again: a different slug.
    const again = addArticle(index, write(root, "b.txt", "A different story entirely about rice exports from Vietnam to the Philippines this spring."), { title: 'Brazil, Kenya "expand" coffee research', published: "2024-06-01" });
    expect(again.ok && again.file).toBe("2024-06-01-brazil-kenya-expand-coffee-research-2.txt");
  });

  it("refuses an exact duplicate, naming the article it duplicates", () => {
    const { root, dir } = corpus();
    const r = addArticle(indexCorpus(dir), write(root, "copy.txt", STORY), {});
    expect(r).toEqual({ ok: false, source: join(root, "copy.txt"), reason: "exact duplicate of existing.txt (same sha256)" });
  });

  it("refuses a near-duplicate (the same wire story republished with furniture), saying how close", () => {
    const { root, dir } = corpus();
    const republished = `Share this article\n${STORY.replace("on Monday", "on Monday (AP)")}\nRead more: subscribe to our newsletter`;
    const r = addArticle(indexCorpus(dir), write(root, "repub.txt", republished), {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^near-duplicate of existing\.txt \(\d+% of its 5-word phrases shared\)$/);
  });

  it("refuses unreadable files and bad dates with a one-line reason, and writes nothing on --dry-run", () => {
    const { root, dir } = corpus();
    const index = indexCorpus(dir);
    const bad = addArticle(index, write(root, "bin.txt", Buffer.from([0x66, 0xff, 0xfe, 0xfd])), {});
    expect(bad.ok === false && bad.reason).toMatch(/UTF-8|binary/);
    expect(addArticle(index, write(root, "empty.txt", "  \n"), {})).toMatchObject({ ok: false, reason: "file is empty" });
    expect(addArticle(index, join(root, "missing.txt"), {})).toMatchObject({ ok: false, reason: "cannot read file (ENOENT)" });
    expect(addArticle(index, write(root, "x.pdf", "%PDF"), {})).toMatchObject({ ok: false, reason: "not an article file (.pdf; use .txt, .md or .html)" });
    expect(addArticle(index, write(root, "d.txt", "Some other story about a bridge in Oslo opening to traffic."), { published: "2024-02-30" })).toMatchObject({ ok: false, reason: '--published "2024-02-30" is not a calendar date' });
    const before = readdirSync(dir);
    const dry = addArticle(index, write(root, "new.txt", "Some other story about a bridge in Oslo opening to traffic."), {}, true);
    expect(dry.ok).toBe(true);
    expect(readdirSync(dir)).toEqual(before);
  });

  it("validates dates and quotes CSV cells", () => {
    expect(publishedProblem("2024-01-31")).toBeNull();
    expect(publishedProblem("31/01/2024")).toBe('"31/01/2024" is not a date in YYYY-MM-DD form');
    expect(publishedProblem("2999-01-01")).toBe('"2999-01-01" is in the future');
    expect(csvRow(["a", "b,c", 'say "hi"', "two\nlines", null])).toBe('a,"b,c","say ""hi""","two\nlines",');
  });

  it("works from the command line, one line per refusal, exit 1 when any was refused", () => {
    const { root, dir } = corpus();
    const folder = join(root, "incoming");
    mkdirSync(folder);
    write(folder, "fresh.txt", "Peru opened a new port terminal on Friday, the transport ministry said, with room for 40 ships.");
    copyFileSync(join(dir, "existing.txt"), join(folder, "dupe.txt"));
    const r = spawnSync(process.execPath, ["bin/dossier.js", "add", folder, "--corpus", dir, "--outlet", "Andes Wire", "--published", "2024-07-01"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`${join(folder, "dupe.txt")}: refused: exact duplicate of existing.txt (same sha256)`);
    expect(r.stdout).toMatch(/added .*fresh\.txt → .*2024-07-01-fresh\.txt/);
  });
});
