import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError, ingestBytes, ingestFile, type SourceMeta } from "../../loaders/ingest/index.js";
import { extractFolder } from "../../loaders/pipeline.js";
import { scratchDir } from "../scratch.js";

const dir = scratchDir("dossier-ingest-");
const put = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const error = (path: string) => {
  try {
    ingestFile(path, null);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).file).toBe(path);
    return (e as Error).message;
  }
  throw new Error("read without error");
};

describe("ingestFile: bad input is a one-line error naming the reason", () => {
  it("empty and whitespace-only files", () => {
    expect(error(put("empty.txt", ""))).toBe("file is empty");
    expect(error(put("blank.md", " \n\r\n\t \n"))).toBe("file is empty");
  });

  it("binary and invalid text", () => {
    expect(error(put("image.txt", new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0])))).toBe("binary data, not text (NUL byte at offset 6)");
    expect(error(put("latin1.txt", new Uint8Array([0x4e, 0x61, 0xef, 0x76, 0x65, 0x0a])))).toBe("not valid UTF-8 text (invalid byte at offset 2)");
  });

  it("a file too large to be an article, without reading it", () => {
    const path = put("huge.txt", "");
    truncateSync(path, 20 * 1024 * 1024);
    expect(error(path)).toBe("file is too large (20 MB; an article is at most 16 MB)");
  });

  it("an HTML page with no article", () => {
    expect(error(put("empty-page.html", "<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav></nav></body></html>"))).toBe(
      "no article text found in the page",
    );
  });

  it("a missing file", () => {
    expect(error(join(dir, "missing.txt"))).toBe("cannot read file (ENOENT)");
  });
});

describe("ingestFile: formats", () => {
  it("hashes the raw bytes, not the decoded text", () => {
    const a = ingestBytes("a.txt", new Uint8Array(Buffer.from("Same words.\r\n")), null);
    const b = ingestBytes("a.txt", new Uint8Array(Buffer.from("Same words.\n")), null);
    expect(a.content).toBe(b.content);
    expect(a.sha256).not.toBe(b.sha256);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("Markdown: front matter fills metadata, sources.csv wins, the body loses its markup", () => {
    const md = [
      "---",
      "title: 'Port strike ends after 12 days'",
      "author: [Ana Silva, Ines Moura]",
      "date: 2024-02-07",
      "publisher: Harbour Weekly",
      "link: https://example.org/strike",
      "extra: {nested: true}",
      "---",
      "",
      "# Port strike ends after 12 days",
      "",
      "Dockers in **Setúbal** voted on Tuesday to accept a [pay offer](https://example.org/offer \"offer\") of 6\u00a0per cent,",
      "ending a strike that had stranded 300 car transporters.",
      "",
      "> “It is a fair deal,” said union leader *Marta Reis*.",
      "",
      "- Work resumes on Thursday",
      "- Overtime is paid at 150 per cent",
      "",
      "![A crane at the port](crane.jpg)",
    ].join("\n");
    const csv: SourceMeta = { file: "strike.md", title: null, outlet: "The Harbour Weekly", url: null, published: null, byline: null, language: "en" };
    const raw = ingestBytes("strike.md", new Uint8Array(Buffer.from(md)), csv);
    expect(raw.format).toBe("md");
    expect(raw.meta).toEqual({
      file: "strike.md",
      title: "Port strike ends after 12 days",
      outlet: "The Harbour Weekly",
      url: "https://example.org/strike",
      published: "2024-02-07",
      byline: "Ana Silva, Ines Moura",
      language: "en",
    });
    expect(raw.content).toBe(
      [
        "Port strike ends after 12 days",
        "Dockers in Setúbal voted on Tuesday to accept a pay offer of 6\u00a0per cent, ending a strike that had stranded 300 car transporters.",
        "“It is a fair deal,” said union leader Marta Reis.",
        "Work resumes on Thursday",
        "Overtime is paid at 150 per cent",
      ].join("\n\n"),
    );
  });

  it("Markdown: JavaScript front matter is never run, and its block is still not body", () => {
    const md = "---js\n{ title: (globalThis.__pwned = 'yes') }\n---\nThe council met on Monday to discuss the budget.\n";
    const raw = ingestBytes("js.md", new Uint8Array(Buffer.from(md)), null);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    expect(raw.content).toBe("The council met on Monday to discuss the budget.");
    expect(raw.meta).toBeNull();
    expect(raw.warnings?.[0]).toMatch(/^front matter ignored/);
  });

  it("Markdown: front-matter values become one-line strings", () => {
    const md = "---\ntitle: \"Line one\\nline two\\u0007\"\ndate: 2024-11-16T09:30:00Z\nauthor: {name: Jo Park}\n---\nBody text here.\n";
    const raw = ingestBytes("v.md", new Uint8Array(Buffer.from(md)), null);
    expect(raw.meta?.title).toBe("Line one line two");
    expect(raw.meta?.published).toBe("2024-11-16");
    expect(raw.meta?.byline).toBe("Jo Park");
  });

  it("Markdown: a leading rule without a closing one is not front matter", () => {
    const raw = ingestBytes("r.md", new Uint8Array(Buffer.from("---\nTitle: not front matter\n\nBody.\n")), null);
    expect(raw.content).toBe("Title: not front matter\n\nBody.");
  });

  it("HTML: scripts, iframes, nav and footer are not text; paragraphs and no-break spaces survive", () => {
    const html = `<!doctype html><html lang="en"><head><title>Dam inspection finds cracks - Valley Post</title>
      <meta property="og:site_name" content="Valley Post"><script>document.write("<p>injected</p>")</script></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Dam inspection finds cracks</h1>
      <p>Inspectors found three cracks in the spillway of the Ortiz dam, the regional water authority said in a report published on Friday.</p>
      <script>trackRead()</script><iframe src="https://video.example.com/embed"></iframe>
      <p>The authority said the cracks posed no immediate risk but ordered repairs before the&nbsp;rainy season.<br>Work will cost an estimated 4 million euros.</p>
      <p>Residents downstream were told that the reservoir level would be lowered by two metres as a precaution during the works.</p>
      </article><footer>Valley Post © 2025</footer></body></html>`;
    const raw = ingestBytes("dam.html", new Uint8Array(Buffer.from(html)), null);
    expect(raw.format).toBe("html");
    expect(raw.content).toBe(
      [
        "Inspectors found three cracks in the spillway of the Ortiz dam, the regional water authority said in a report published on Friday.",
        "The authority said the cracks posed no immediate risk but ordered repairs before the\u00a0rainy season.",
        "Work will cost an estimated 4 million euros.",
        "Residents downstream were told that the reservoir level would be lowered by two metres as a precaution during the works.",
      ].join("\n\n"),
    );
    expect(raw.content).not.toMatch(/injected|trackRead|Home/);
    expect(raw.meta?.title).toBe("Dam inspection finds cracks");
    expect(raw.meta?.outlet).toBe("Valley Post");
    expect(raw.meta?.language).toBe("en");
    expect(raw.dropped).toEqual(["Home News", "Dam inspection finds cracks", "Valley Post © 2025"]);
  });

  it("HTML: a list of links inside the article is furniture by link density", async () => {
    const { cleanArticle } = await import("../../loaders/clean/index.js");
    const para = (s: string) => `<p>${s}</p>`;
    const body = [
      "The city council approved a plan on Tuesday to plant 5,000 trees along its main roads over the next three years, officials said.",
      "The plan, which will cost about 2 million euros, was backed by all parties after a summer in which temperatures reached record highs.",
      "Residents will be able to propose streets for planting through a form on the council's website from next month.",
    ];
    const links = ["<a href='/1'>Heatwave closes schools early</a>", "<a href='/2'>River levels fall to record low</a>"];
    const html = `<html><head><title>Council backs tree plan</title></head><body><article>${para(body[0]!)}<ul><li>${links[0]}</li><li>${links[1]}</li></ul>${body.slice(1).map(para).join("")}</article></body></html>`;
    const raw = ingestBytes("trees.html", new Uint8Array(Buffer.from(html)), null);
    expect(raw.linkDensity?.get("Heatwave closes schools early")).toBe(1);
    const clean = cleanArticle(raw);
    expect(clean.text.split("\n\n")).toEqual(body);
    expect(clean.boilerplate).toEqual(["Heatwave closes schools early", "River levels fall to record low"]);
  });

  it("HTML: a title from sources.csv wins over the page's", () => {
    const html = "<html><head><title>Page title</title></head><body><article><p>" + "A sentence of the article body, long enough to count. ".repeat(12) + "</p></article></body></html>";
    const csv: SourceMeta = { file: "p.html", title: "Reporter's title", outlet: null, url: null, published: null, byline: null, language: null };
    expect(ingestBytes("p.html", new Uint8Array(Buffer.from(html)), csv).meta?.title).toBe("Reporter's title");
  });
});

describe("extractFolder: one bad article does not stop the others", () => {
  it("reports each unreadable file in one line and extracts the rest", async () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-good.txt"), "Ministers met in Oslo on Monday to discuss fishing rights in the Barents Sea, officials said.\n");
    writeFileSync(join(folder, "b-empty.txt"), "\n\n");
    writeFileSync(join(folder, "c-binary.txt"), new Uint8Array([1, 2, 0, 3]));
    writeFileSync(join(folder, "d-bad.md"), new Uint8Array([0x41, 0xc3, 0x28]));
    const { tables, problems } = await extractFolder(folder);
    expect(tables.articles.map((a) => a.id)).toEqual(["a-good"]);
    const errors = problems.filter((p) => p.level === "error").map((p) => `${p.file.split("/").pop()}: ${p.message}`);
    expect(errors).toEqual([
      "b-empty.txt: file is empty",
      "c-binary.txt: binary data, not text (NUL byte at offset 2)",
      "d-bad.md: not valid UTF-8 text (invalid byte at offset 1)",
    ]);
  });
});

describe("ingestBytes properties", () => {
  it("any bytes under any extension either read or fail with a one-line IngestError", async () => {
    const fc = (await import("fast-check")).default;
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom("<html><body><p>x</p></body></html>", "---\ntitle: [\n---\nbody", "---\n---\n", "<", "# Title\n\n**", "\uFEFF", "<!-- -->"),
    );
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), text.map((s) => new Uint8Array(Buffer.from(s))));
    fc.assert(
      fc.property(bytes, fc.constantFrom("a.txt", "a.md", "a.html", "a.htm"), (b, name) => {
        try {
          const raw = ingestBytes(name, b, null);
          expect(raw.content.trim()).not.toBe("");
          expect(raw.content).not.toMatch(/\r|\u0000/);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          expect((e as Error).message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
