import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { LEDE_FROM_TEXT, LEDE_WORDS, STAND_IN, shownTitleSQL } from "../../src/components/queries.js";
import { lede, shownTitle } from "../../src/data/lib/lede.js";

const TEXT = "  The harbour   reopened on Tuesday after\nthree weeks of repairs to the old pier, officials said.";

describe("stand-in titles", () => {
  it("the lede is the text's first words, whitespace folded", () => {
    expect(lede(TEXT)).toBe("The harbour reopened on Tuesday after three weeks");
    expect(lede(TEXT)!.split(" ")).toHaveLength(LEDE_WORDS);
    expect(lede("Short one.")).toBe("Short one.");
    expect(lede("   \n ")).toBeNull();
    expect(lede(null)).toBeNull();
  });

  it("a title wins; else the lede marked as a stand-in; else the id", () => {
    expect(shownTitle({ id: "a1", title: "Harbour reopens", text: TEXT })).toBe("Harbour reopens");
    expect(shownTitle({ id: "a1", title: "  ", text: TEXT })).toBe(`${STAND_IN} The harbour reopened on Tuesday after three weeks…`);
    expect(shownTitle({ id: "a1", title: null, text: "" })).toBe("a1");
  });

  it("the pages' SQL gives the same titles as the build's JavaScript", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    try {
      const rows = [
        { id: "a1", title: "Harbour reopens", text: TEXT },
        { id: "a2", title: null, text: TEXT },
        { id: "a3", title: "", text: "One two three four five six seven eight nine ten" },
        { id: "a4", title: null, text: "   " },
      ];
      await con.run("CREATE TABLE articles (id VARCHAR, title VARCHAR, text VARCHAR)");
      for (const r of rows) await con.run("INSERT INTO articles VALUES ($1, $2, $3)", [r.id, r.title, r.text] as never);
      // From the text (Sources page) and from a precomputed lede column (the other pages' articles.arrow).
      const fromText = (await con.runAndReadAll(`SELECT ${shownTitleSQL(LEDE_FROM_TEXT)} AS t FROM articles ORDER BY id`)).getRowObjectsJson().map((r) => r.t);
      await con.run("ALTER TABLE articles ADD COLUMN lede VARCHAR");
      for (const r of rows) await con.run("UPDATE articles SET lede = $1 WHERE id = $2", [lede(r.text), r.id] as never);
      const fromLede = (await con.runAndReadAll(`SELECT ${shownTitleSQL("lede")} AS t FROM articles ORDER BY id`)).getRowObjectsJson().map((r) => r.t);
      expect(fromText).toEqual(rows.map(shownTitle));
      expect(fromLede).toEqual(rows.map(shownTitle));
    } finally {
      con.closeSync();
    }
  });
});
