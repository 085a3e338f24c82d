import { describe, expect, it } from "vitest";
// @ts-expect-error plain browser module without types
import { runnable } from "../../src/components/sql.js";

// DuckDB-WASM's mvp build dies on a full sort of an empty table; a final ORDER BY
// runs with LIMIT ALL (same rows, same order). The browser test over an empty
// corpus (test/browser/empty.test.ts) shows the pages then render.
describe("runnable SQL", () => {
  it("adds LIMIT ALL to a final ORDER BY, whatever its expressions", () => {
    expect(runnable("SELECT * FROM t ORDER BY a")).toBe("SELECT * FROM t ORDER BY a\nLIMIT ALL");
    expect(runnable("  SELECT * FROM t ORDER BY coalesce(a, b) DESC  ")).toBe("SELECT * FROM t ORDER BY coalesce(a, b) DESC\nLIMIT ALL");
    expect(runnable("WITH x AS (SELECT * FROM t ORDER BY a LIMIT 3) SELECT * FROM x ORDER BY b")).toMatch(/ORDER BY b\nLIMIT ALL$/);
  });

  it("leaves a query with its own limit, no final ORDER BY, or ORDER BY only inside parentheses or strings", () => {
    for (const q of [
      "SELECT * FROM t ORDER BY a LIMIT 5",
      "SELECT count(*) FROM t",
      "WITH x AS (SELECT * FROM t ORDER BY a LIMIT 3) SELECT * FROM x",
      "SELECT row_number() OVER (ORDER BY a) FROM t",
      "SELECT 'ORDER BY a' AS s FROM t",
      "SELECT * FROM t WHERE name = 'x) ORDER BY y'",
    ]) expect(runnable(q)).toBe(q);
  });
});
