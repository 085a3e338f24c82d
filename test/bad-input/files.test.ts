import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFolder } from "../../loaders/pipeline.js";
import { corpus, expectGoodRowsIntact, expectOffsetsValid, FILLER, GOOD, GOOD_SOURCES, lines, run, runCpu, SOURCES_HEADER } from "./helpers.js";

// Bad article files next to two good ones: each case checks the exact problem
// line, the exit status `dossier extract` would give, and that the good
// articles' rows all come out unchanged.

const utf8 = (s: string) => Buffer.from(s, "utf8");
const ids = (r: { tables: { articles: { id: string }[] } }) => r.tables.articles.map((a) => a.id).sort();
/** sources.csv with the good rows plus dated rows for `files`, so a readable bad file raises no date warning. */
const dated = (...files: string[]) => [SOURCES_HEADER, ...GOOD_SOURCES, ...files.map((f) => `"${f.replace(/"/g, '""')}",,,,2024-11-20,,en`)].join("\n") + "\n";

describe("unreadable bytes", () => {
  const cases: [string, string, Uint8Array, string][] = [
    ["empty file", "empty.txt", new Uint8Array(), "empty.txt: error: file is empty"],
    ["whitespace only", "blank.txt", utf8("  \n\t\n \u00a0\n"), "blank.txt: error: file is empty"],
    ["binary (PNG header)", "photo.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "photo.txt: error: binary data, not text (NUL byte at offset 8)"],
    ["NUL byte inside text", "nul.txt", utf8(`${FILLER}\u0000${FILLER}`), `nul.txt: error: binary data, not text (NUL byte at offset ${FILLER.length})`],
    ["invalid UTF-8 (Latin-1 é)", "latin1.txt", Buffer.concat([utf8("Caf"), Buffer.from([0xe9]), utf8(` au lait. ${FILLER}`)]), "latin1.txt: error: not valid UTF-8 text (invalid byte at offset 3)"],
    ["truncated UTF-8 sequence", "cut.txt", Buffer.concat([utf8(FILLER), Buffer.from([0xe2, 0x80])]), `cut.txt: error: not valid UTF-8 text (invalid byte at offset ${FILLER.length})`],
    ["UTF-8 overlong encoding", "overlong.txt", Buffer.concat([utf8("A "), Buffer.from([0xc0, 0xaf]), utf8(FILLER)]), "overlong.txt: error: not valid UTF-8 text (invalid byte at offset 2)"],
    ["UTF-16 LE without byte-order mark", "utf16.txt", Buffer.from(FILLER, "utf16le"), "utf16.txt: error: looks like UTF-16 text without a byte-order mark (NUL byte at offset 1); save it as UTF-8"],
    ["UTF-16 with BOM, odd byte count", "odd.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FILLER, "utf16le"), Buffer.from([0x41])]), "odd.txt: error: not valid UTF-16 LE text (odd number of bytes)"],
    ["UTF-16 with BOM, unpaired surrogate", "surrogate.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FILLER, "utf16le"), Buffer.from([0x00, 0xd8, 0x41, 0x00])]), "surrogate.txt: error: not valid UTF-16 LE text (unpaired surrogate)"],
    ["UTF-32", "utf32.txt", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("A\0\0\0B\0\0\0")]), "utf32.txt: error: UTF-32 text is not supported (save it as UTF-8)"],
  ];
  it.each(cases)("%s", async (_name, file, bytes, line) => {
    const r = await run({ [file]: bytes });
    expect(r.problems).toEqual([line]);
    expect(r.status).toBe(1);
    expect(ids(r)).not.toContain(file.replace(/\.txt$/, ""));
    await expectGoodRowsIntact(r.tables);
  });
});

describe("readable encodings", () => {
  const body = `Talks resume\n\n${FILLER}\n\n“Quoted words,” a member said — 5 per cent, €3 million.`;
  it.each([
    ["UTF-8 with byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(body)])],
    ["UTF-16 LE with byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")])],
    ["UTF-16 BE with byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, "utf16le").swap16()])],
    ["Windows line ends", utf8(body.replace(/\n/g, "\r\n"))],
  ])("%s: read as the same text as UTF-8", async (_name, bytes) => {
    const r = await run({ "plain.txt": utf8(body), "other.txt": bytes, "sources.csv": dated("plain.txt", "other.txt") });
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    const text = (id: string) => r.tables.articles.find((a) => a.id === id)!.text;
    expect(text("other")).toBe(text("plain"));
    await expectGoodRowsIntact(r.tables);
  });
});

describe("size", () => {
  it("a 20 MB article is refused before it is read", async () => {
    const r = await run({ "dump.txt": Buffer.alloc(20 * 1024 * 1024, "word ") });
    expect(r.problems).toEqual(["dump.txt: error: file is too large (20 MB; an article is at most 16 MB)"]);
    expect(r.status).toBe(1);
    await expectGoodRowsIntact(r.tables);
  });

  it("a single 1 MB line is read, every offset valid", async () => {
    const sentence = "The council said on Monday it had approved 12 new projects worth $3 million. ";
    const long = sentence.repeat(Math.ceil(1024 * 1024 / sentence.length));
    const [r, cpu] = await runCpu({ "one-line.txt": long, "sources.csv": dated("one-line.txt") });
    expect(cpu).toBeLessThan(60_000);
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    const a = r.tables.articles.find((x) => x.id === "one-line")!;
    expect(a.text.length).toBeGreaterThan(1_000_000);
    expect(r.tables.figures.filter((f) => f.article === "one-line").length).toBeGreaterThan(1000);
    expectOffsetsValid(r.tables);
    await expectGoodRowsIntact(r.tables);
  }, 120_000);
});

describe("HTML", () => {
  const page = (body: string) => `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`;

  it("deeply nested elements are refused in one line, quickly", async () => {
    const [r, cpu] = await runCpu({ "deep.html": page(`<article>${"<div>".repeat(5000)}<p>${FILLER}</p>${"</div>".repeat(5000)}</article>`) });
    expect(cpu).toBeLessThan(10_000);
    expect(r.problems).toEqual(["deep.html: error: page nests elements more than 200 levels deep; save the article as text"]);
    expect(r.status).toBe(1);
    await expectGoodRowsIntact(r.tables);
  });

  it("malformed markup (unclosed tags, stray end tags, loose brackets) still yields the text", async () => {
    const html = `<html><body><p>Unclosed <b>bold <i>italic<p>${FILLER}</td></tr></table><<<>>> <p>Members left at dusk.`;
    const r = await run({ "broken.html": html, "sources.csv": dated("broken.html") });
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    const a = r.tables.articles.find((x) => x.id === "broken")!;
    expect(a.text).toContain(FILLER);
    await expectGoodRowsIntact(r.tables);
  });

  it("scripts, iframes, event handlers and javascript: links never become article text", async () => {
    const html = page(`<article><h1>Committee report</h1><p>${FILLER} <script>window.__pwned=1</script></p>
      <iframe src="https://evil.example/x" onload="window.__pwned=3"></iframe><noscript>enable scripts</noscript>
      <p onclick="window.__pwned=4">Members thanked the <a href="javascript:window.__pwned=5">staff</a> for their work over many months of long meetings.</p>
      <img src=x onerror="window.__pwned=2"><style>p{color:red}</style><svg><script>alert(1)</script></svg></article>`);
    const r = await run({ "hostile.html": html, "sources.csv": dated("hostile.html") });
    expect(r.problems).toEqual([]);
    const a = r.tables.articles.find((x) => x.id === "hostile")!;
    expect(a.text).toContain("Members thanked the staff for their work");
    for (const bad of ["__pwned", "javascript:", "alert", "evil.example", "color:red", "enable scripts"]) expect(a.text).not.toContain(bad);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    await expectGoodRowsIntact(r.tables);
  });

  it("a page with no article text is refused in one line", async () => {
    const r = await run({ "shell.html": page(`<div id="app"></div><script>var x = 1;</script><style>p{}</style><noscript>Enable JavaScript</noscript>`) });
    expect(r.problems).toEqual(["shell.html: error: no article text found in the page"]);
    expect(r.status).toBe(1);
    await expectGoodRowsIntact(r.tables);
  });

  it("a declared legacy charset is honoured when the bytes are not UTF-8", async () => {
    const html = Buffer.concat([utf8(`<html><head><meta charset="windows-1252"></head><body><article><p>${FILLER} `), Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x35]), utf8(" was spent.</p></article></body></html>")]);
    const r = await run({ "legacy.html": html, "sources.csv": dated("legacy.html") });
    expect(r.problems).toEqual([]);
    expect(r.tables.articles.find((x) => x.id === "legacy")!.text).toContain("“A” €5 was spent.");
    await expectGoodRowsIntact(r.tables);
  });
});

describe("Markdown front matter", () => {
  const md = (front: string) => `---${front}\n---\n\n# Committee report\n\n${FILLER}\n\n${FILLER}\n`;

  it("executable front matter (---js) is refused and never run", async () => {
    const r = await run({ "exec.md": md("js\n{ title: (function () { globalThis.__pwned = 1; return 'x'; })() }"), "sources.csv": dated("exec.md") });
    expect(r.problems).toEqual(["exec.md: warning: front matter ignored (only YAML or JSON front matter is read)"]);
    expect(r.status).toBe(0);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(r.tables.articles.find((x) => x.id === "exec")!.text).toContain(FILLER);
    await expectGoodRowsIntact(r.tables);
  });

  it("a YAML !!js/function tag is refused, the body kept", async () => {
    const r = await run({ "tag.md": md("\ntitle: !!js/function 'function () { globalThis.__pwned = 1 }'"), "sources.csv": dated("tag.md") });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^tag\.md: warning: front matter ignored \(unknown tag !<tag:yaml\.org,2002:js\/function> at line 2, column \d+:/);
    expect(r.problems[0]).not.toContain("\n");
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(r.tables.articles.find((x) => x.id === "tag")!.text).toContain(FILLER);
    await expectGoodRowsIntact(r.tables);
  });

  it("an alias bomb (billion laughs) costs milliseconds and one clipped cell", async () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 9; i++) { const p = String.fromCharCode(96 + i), n = String.fromCharCode(97 + i); levels.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(", ")}]`); }
    const [r, cpu] = await runCpu({ "bomb.md": md(`\n${levels.join("\n")}\ntitle: *i`), "sources.csv": dated("bomb.md") });
    expect(cpu).toBeLessThan(10_000);
    expect(r.problems).toEqual([]);
    const title = r.tables.articles.find((x) => x.id === "bomb")!.title!;
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.startsWith("lol, lol")).toBe(true);
    await expectGoodRowsIntact(r.tables);
  });

  it("non-string values become one-line strings or nothing", async () => {
    const front = "\ntitle: 42\nauthor: {name: {first: x}}\nurl: [1, [2, {a: 3}]]\nlanguage: true\noutlet: null\npublished: 2024-11-20";
    const r = await run({ "types.md": md(front), "sources.csv": [SOURCES_HEADER, ...GOOD_SOURCES].join("\n") });
    expect(r.problems).toEqual([]);
    const a = r.tables.articles.find((x) => x.id === "types")!;
    expect([a.title, a.byline, a.url, a.language, a.outlet, a.published]).toEqual(["42", null, "1, 2", null, null, "2024-11-20"]);
    await expectGoodRowsIntact(r.tables);
  });

  it("front matter with nothing after it is refused in one line", async () => {
    const r = await run({ "hollow.md": "---\ntitle: Only a title\n---\n\n" });
    expect(r.problems).toEqual(["hollow.md: error: no article text (only front matter or Markdown markup)"]);
    expect(r.status).toBe(1);
    await expectGoodRowsIntact(r.tables);
  });
});

describe("file names", () => {
  it("spaces, unicode and dots: the stem is the id, rows intact", async () => {
    const names = ["my story.txt", "ünïcödé 日本 — report.txt", "..hidden.txt", "a..b.txt", "quote\"and'apostrophe.txt"];
    const r = await run({ ...Object.fromEntries(names.map((n) => [n, `Committee report\n\n${FILLER}`])), "sources.csv": dated(...names) });
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    expect(ids(r)).toEqual([...names.map((n) => n.replace(/\.txt$/, "")), "grain-corridor", "harbour-talks"].sort());
    await expectGoodRowsIntact(r.tables);
  });

  it("two files with the same stem: the second is refused, naming the id", async () => {
    const r = await run({ "story.md": `# Committee report\n\n${FILLER}`, "story.txt": `Committee report\n\n${FILLER}`, "sources.csv": dated("story.md") });
    expect(r.problems).toEqual(['story.txt: error: article id "story" is already used by another file']);
    expect(r.status).toBe(1);
    await expectGoodRowsIntact(r.tables);
  });

  it("a folder named like an article is reported, not crashed on", async () => {
    const dir = corpus({});
    mkdirSync(join(dir, "folder.txt"));
    const result = await extractFolder(dir, { registryPath: null });
    expect(lines(result.problems, dir)).toEqual(["folder.txt: error: cannot read file (EISDIR)"]);
    await expectGoodRowsIntact(result.tables);
  });

  it("text with no sentence, control and bidi characters is read without a throw", async () => {
    const odd = "....!!!???\n\n\u202eevil\u202c \u200b\u200d\ufeff \u0007\u001b[31m red \ud83d\ude00 \u0301\u0301\n\n" + "x".repeat(3000);
    const r = await run({ "odd.txt": odd, "sources.csv": dated("odd.txt") });
    expect(r.problems).toEqual([]);
    expectOffsetsValid(r.tables);
    await expectGoodRowsIntact(r.tables);
  });
});

it("the good articles alone: no problem, exit 0, rows in every table", async () => {
  const r = await run({});
  expect(r.problems).toEqual([]);
  expect(r.status).toBe(0);
  for (const t of ["articles", "mentions", "figures", "quotes", "dates"] as const) expect(r.tables[t].length, t).toBeGreaterThan(0);
  expect(Object.keys(GOOD)).toHaveLength(2);
});
