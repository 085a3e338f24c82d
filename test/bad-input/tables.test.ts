import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFolder } from "../../loaders/pipeline.js";
import { corpus, expectGoodRowsIntact, FILLER, GOOD_SOURCES, lines, run, SOURCES_HEADER } from "./helpers.js";

// The reporter's CSV files: sources.csv in the corpus folder, the actor
// registry and the corrections file. A bad row costs that row, with one line
// naming it; the articles' rows are all still there.

const csv = (...rows: string[]) => [SOURCES_HEADER, ...rows].join("\n") + "\n";
const article = (id: string) => `Committee report\n\n${FILLER}\n\n${FILLER.replace("committee", `${id} committee`)}`;

describe("sources.csv", () => {
  it("a quoted newline inside a cell stays in that cell, as one line of metadata", async () => {
    const r = await run({ "story.txt": article("story"), "sources.csv": csv(...GOOD_SOURCES, 'story.txt,"Line one\nline two",Outlet,,2024-11-20,"Jane\r\nDoe",en') });
    expect(r.problems).toEqual([]);
    const a = r.tables.articles.find((x) => x.id === "story")!;
    expect(a.outlet).toBe("Outlet");
    expect(a.published).toBe("2024-11-20");
    await expectGoodRowsIntact(r.tables);
  });

  it("missing columns: what is absent is null, with the warning it causes", async () => {
    const r = await run({ "story.txt": article("story"), "sources.csv": "file,outlet\nstory.txt,Outlet\n" });
    expect(r.problems.filter((l) => l.startsWith("story"))).toEqual(["story.txt: warning: no publication date; relative dates are left unresolved"]);
    expect(r.tables.articles.find((x) => x.id === "story")!.outlet).toBe("Outlet");
    expect(r.status).toBe(0);
  });

  it("extra columns and short rows are read by name", async () => {
    const r = await run({ "story.txt": article("story"), "sources.csv": `${SOURCES_HEADER},notes,extra\n${GOOD_SOURCES.join("\n")}\nstory.txt,T,Outlet,,2024-11-20,,en,"=1+1",x,y,z\n` });
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    await expectGoodRowsIntact(r.tables);
  });

  it("a duplicate row: the first is kept and the second named", async () => {
    const r = await run({ "story.txt": article("story"), "sources.csv": csv(...GOOD_SOURCES, "story.txt,First,Outlet A,,2024-11-20,,en", "story.txt,Second,Outlet B,,2024-11-21,,en") });
    expect(r.problems).toEqual(['sources.csv: warning: row 4: a second row for "story.txt"; the first one is kept']);
    expect(r.status).toBe(0);
    expect(r.tables.articles.find((x) => x.id === "story")!.outlet).toBe("Outlet A");
    await expectGoodRowsIntact(r.tables);
  });

  it("formula cells are kept verbatim as data (CSV downloads defuse them: test/report/csv.test.ts)", async () => {
    const cells = ['=HYPERLINK(""http://evil.example"",""click"")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"];
    const r = await run({ "story.txt": article("story"), "sources.csv": csv(...GOOD_SOURCES, `story.txt,"${cells[0]}","${cells[1]}",,2024-11-20,"${cells[2]}","${cells[3]}"`) });
    expect(r.problems).toEqual([]);
    const a = r.tables.articles.find((x) => x.id === "story")!;
    expect([a.outlet, a.byline, a.language]).toEqual([cells[1], cells[2], cells[3]]);
    await expectGoodRowsIntact(r.tables);
  });

  it.each([
    ["not a calendar day", "2024-02-30", 'story.txt: warning: published "2024-02-30" is not a calendar date; left null', null],
    ["month 13", "2024-13-01", 'story.txt: warning: published "2024-13-01" is not a calendar date; left null', null],
    ["not a date at all", "yesterday", 'story.txt: warning: published "yesterday" is not YYYY-MM-DD; left null', null],
    ["another format", "20/11/2024", 'story.txt: warning: published "20/11/2024" is not YYYY-MM-DD; left null', null],
    ["in the future", "2999-01-01", 'story.txt: warning: published "2999-01-01" is in the future', "2999-01-01"],
  ])("published date %s", async (_name, date, line, kept) => {
    const r = await run({ "story.txt": article("story"), "sources.csv": csv(...GOOD_SOURCES, `story.txt,,,,${date},,en`) });
    const expected = kept ? [line] : [line, "story.txt: warning: no publication date; relative dates are left unresolved"];
    expect(r.problems).toEqual(expected);
    expect(r.status).toBe(0);
    expect(r.tables.articles.find((x) => x.id === "story")!.published).toBe(kept);
    await expectGoodRowsIntact(r.tables);
  });

  it("rows naming no article file, including paths that leave the folder, are named and ignored", async () => {
    const r = await run({ "sources.csv": csv(...GOOD_SOURCES, "../../etc/passwd,x,,,2024-11-20,,en", "gone.txt,x,,,2024-11-20,,en") });
    expect(r.problems).toEqual(['sources.csv: warning: row for "../../etc/passwd" names no article file', 'sources.csv: warning: row for "gone.txt" names no article file']);
    expect(r.status).toBe(0);
    await expectGoodRowsIntact(r.tables);
  });

  it("an unparseable file is one error; every article is still read, without its metadata", async () => {
    const r = await run({ "sources.csv": csv(...GOOD_SOURCES, 'story.txt,"unterminated,quote,,2024-11-20,,en') });
    expect(r.problems.filter((l) => l.startsWith("sources.csv"))).toEqual(["sources.csv: error: cannot parse CSV: Quote Not Closed: the parsing is finished with an opening quote at line 4"]);
    expect(r.status).toBe(1);
    expect(r.tables.articles.map((a) => a.id).sort()).toEqual(["grain-corridor", "harbour-talks"]);
  });
});

describe("actors.csv (the registry)", () => {
  const registry = [
    "id,name,kind,aliases,country,role,distinct_from,note",
    "marianne-naess,Marianne Sivertsen Naess,person,Naess,NOR,Fisheries Minister of Norway,,",
    ",,person,,,,,",
    "x,Someone,wizard,,,,,",
    "y,Someone Else,person,,XXX,,,",
    "marianne-naess,Duplicate Id,person,,,,,",
    "z,Other Person,person,Naess,,,,",
    "short,row",
    '"=cmd|\' /C calc\'!A0",=HYPERLINK("x"),person,,,,,',
  ].join("\n");

  it("each bad row is one line; the good rows still apply", async () => {
    const dir = corpus({});
    const path = join(dir, "actors.csv");
    writeFileSync(path, registry);
    const { tables, problems } = await extractFolder(dir, { registryPath: path });
    expect(lines(problems, dir)).toEqual([
      // A broken quote would swallow the rest of the file: that line alone is skipped.
      "actors.csv: error: line 9: unreadable CSV (Invalid Opening Quote); row skipped",
      "actors.csv: error: line 3: empty name; row skipped",
      'actors.csv: error: line 4: unknown kind "wizard" for Someone (use person, organization, country, place, group); row skipped',
      'actors.csv: error: line 5: country "XXX" is not an ISO 3166-1 alpha-3 code; left empty',
      'actors.csv: error: line 6: id "marianne-naess" is already used by an earlier row; row skipped',
      'actors.csv: error: line 7: alias "Naess" is already claimed by "marianne-naess"; alias ignored',
      "actors.csv: error: line 8: expected 8 columns, found 2; row skipped",
    ]);
    const naess = tables.actors.find((a) => a.id === "marianne-naess");
    expect(naess?.role).toBe("Fisheries Minister of Norway");
    expect(tables.articles.map((a) => a.id).sort()).toEqual(["grain-corridor", "harbour-talks"]);
    expect(tables.mentions.filter((m) => m.article === "harbour-talks").length).toBeGreaterThan(0);
  });

  it("a registry without name/kind columns is ignored in one line", async () => {
    const dir = corpus({});
    const path = join(dir, "actors.csv");
    writeFileSync(path, "who,what\nA,B\n");
    const { tables, problems } = await extractFolder(dir, { registryPath: path });
    expect(lines(problems, dir)).toEqual(["actors.csv: error: line 1: header lacks name, kind (expected id,name,kind,aliases,country,role,distinct_from,note); registry ignored"]);
    await expectGoodRowsIntact(tables);
  });
});

describe("corrections.csv", () => {
  it("each bad row is one line; the good corrections still apply and the rows survive", async () => {
    const dir = corpus({});
    const first = (await extractFolder(dir, { registryPath: null })).tables;
    const figure = first.figures.find((f) => f.article === "grain-corridor")!;
    const quote = first.quotes.find((q) => q.article === "harbour-talks")!;
    const path = join(dir, "corrections.csv");
    writeFileSync(path, [
      "id,action,field,value,note",
      `${figure.id},set,value,"=1+1",formula`,
      `${figure.id},set,colour,red,`,
      `${figure.id},set,constructor,x,`,
      `${quote.id},set,kind,whispered,`,
      ",reject,,,no id",
      `${quote.id},delete,,,`,
      `${quote.id},set,,,no field`,
      "f-does-not-exist,reject,,,",
      `${quote.id},set,verb,told,checked with the recording`,
    ].join("\n"));
    const { tables, problems } = await extractFolder(dir, { registryPath: null, correctionsPath: path });
    expect(lines(problems, dir)).toEqual([
      "corrections.csv: error: line 6: no id",
      'corrections.csv: error: line 7: action must be "reject" or "set", not "delete"',
      'corrections.csv: error: line 8: "set" needs a field',
      'corrections.csv: error: line 2: "=1+1" is not a number',
      'corrections.csv: error: line 3: figures has no correctable field "colour" (one of value, qualifier, unit, category, actor, attributed_to)',
      'corrections.csv: error: line 4: figures has no correctable field "constructor" (one of value, qualifier, unit, category, actor, attributed_to)',
      'corrections.csv: error: line 5: "whispered" is not one of direct, partial',
      'corrections.csv: warning: line 9: no row has id "f-does-not-exist" any more (the extractor changed?); correction not applied',
    ]);
    expect(tables.figures.find((f) => f.id === figure.id)!.value).toBe(figure.value);
    expect(Object.hasOwn(tables.figures.find((f) => f.id === figure.id)!, "constructor")).toBe(false);
    expect(tables.quotes.find((q) => q.id === quote.id)!.verb).toBe("told");
    expect(tables.articles).toEqual(first.articles);
    expect(tables.figures.length).toBe(first.figures.length);
  });
});
