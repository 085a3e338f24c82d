import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { fastBoundaries, rewriteModule } from "../bin/boundaries.js";

// Subjects around the characters where \w under iu differs from ASCII's: the long s and the
// Kelvin sign (word characters), an accented letter and a letter outside the BMP (not).
const PIECES = ["ſ", "K", "é", "𝐀", "_", "1", " ", "-", "\n", "and", "AND", "the", "year", "years", "Varnby", "weeKs", "x"];
function subjects(): string[] {
  const out: string[] = [];
  for (const a of PIECES) for (const b of PIECES) for (const c of PIECES) out.push(a + b + c, `${a} ${b}${c} `);
  return out;
}

/** Every match (index and groups) of the two patterns is the same on every subject. */
function sameMatches(source: string, flags: string): void {
  const a = new RegExp(source, `${flags}g`), b = new RegExp(fastBoundaries(source, flags), `${flags}g`);
  for (const s of subjects()) expect([...s.matchAll(b)].map((m) => [m.index, ...m]), `${source} on ${JSON.stringify(s)}`).toEqual([...s.matchAll(a)].map((m) => [m.index, ...m]));
}

describe("fastBoundaries", () => {
  it("writes a boundary before a word's letters, or after them, as one side's test", () => {
    expect(fastBoundaries(String.raw`\band\s+$`, "iu")).toBe(String.raw`(?<!\w)and\s+$`);
    expect(fastBoundaries(String.raw`\b(?:year|weeks?)\b`, "iu")).toBe(String.raw`(?<!\w)(?:year|weeks?)(?!\w)`);
    expect(fastBoundaries(String.raw`\b[Tt]he\b`, "giu")).toBe(String.raw`(?<!\w)[Tt]he(?!\w)`);
    expect(fastBoundaries(String.raw`(?:ab)?\bcd`, "iu")).toBe(String.raw`(?:ab)?(?<!\w)cd`);
  });

  it("keeps a boundary whose sides may be any character, and other flags' patterns", () => {
    for (const s of [String.raw`\b\p{Lu}+\b`, String.raw`\b(?:a|\p{Lu})`, String.raw`x?\b`, String.raw`[\b]x`, String.raw`(?<!\b(?:such|well)\s+)`, String.raw`\b(?=a)a`])
      expect(fastBoundaries(s, "iu")).toBe(s);
    expect(fastBoundaries(String.raw`\band\b`, "i")).toBe(String.raw`\band\b`);
    expect(fastBoundaries(String.raw`\band\b`, "u")).toBe(String.raw`\band\b`);
    expect(fastBoundaries(String.raw`\band(`, "iu")).toBe(String.raw`\band(`);
  });

  it("matches what the written pattern matches", () => {
    for (const s of [String.raw`\band\s+$`, String.raw`\b(?:year|weeks?)\b`, String.raw`\b(?<n>the|an?)\s+(\p{L}+)\b`, String.raw`\b(?:1[6-9]|20)\d\d\b`, String.raw`(?:the\s+)?\bx{0,2}ks\b`, String.raw`\b_\b`])
      sameMatches(s, "iu");
  });
});

describe("rewriteModule", () => {
  it("rewrites the regex literals of a module and leaves its strings", () => {
    const code = 'const a = /\\band\\b/iu, b = "\\\\band", c = /\\band\\b/i;\nexport { a, b, c };\n';
    expect(rewriteModule(code, parse)).toBe('const a = /(?<!\\w)and(?!\\w)/iu, b = "\\\\band", c = /\\band\\b/i;\nexport { a, b, c };\n');
  });
});
