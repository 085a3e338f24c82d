import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain browser module without types
import { cellText, toCSV } from "../../src/components/csv.js";

describe("csv helper", () => {
  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const s of ["=1+1", "+CMD", "-2+3", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")'])
      expect(cellText(s)).toBe(`'${s}`);
    for (const s of ["a=b", "12,000", " =x", "'quoted"]) expect(cellText(s)).toBe(s);
  });

  it("writes numbers, booleans, nulls, dates and lists as plain cells", () => {
    expect(cellText(-3)).toBe("-3");
    expect(cellText(12000)).toBe("12000");
    expect(cellText(false)).toBe("false");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(new Date("2025-01-02T00:00:00Z"))).toBe("2025-01-02");
    expect(cellText(["Moravsky", "Moravskyy"])).toBe("Moravsky; Moravskyy");
    expect(cellText(["=evil", "x"])).toBe("'=evil; x");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    const csv = toCSV([{ a: 'He said "no", twice', b: "line\nbreak", c: 1 }]);
    expect(csv).toBe('a,b,c\r\n"He said ""no"", twice","line\nbreak",1\r\n');
  });

  it("writes a header for empty tables when columns are given", () => {
    expect(toCSV([], ["id", "name"])).toBe("id,name\r\n");
    expect(toCSV([])).toBe("\r\n");
  });

  it("round-trips any text through a CSV parser, formulas defused", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.string(), y: fc.string() }), { maxLength: 5 }), (rows) => {
        const back: Record<string, string>[] = parse(toCSV(rows, ["x", "y"]), { columns: true, relax_column_count: false });
        expect(back).toHaveLength(rows.length);
        back.forEach((r, i) => {
          for (const k of ["x", "y"] as const) {
            const want = rows[i]![k];
            expect(r[k]).toBe(/^[=+\-@\t\r]/.test(want) ? `'${want}` : want);
            expect(/^[=+\-@\t\r]/.test(r[k]!)).toBe(false);
          }
        });
      }),
    );
  });
});
