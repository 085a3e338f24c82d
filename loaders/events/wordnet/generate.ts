import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { DERIVED_PATH, inflect, LEXICON_PATH, type Pos } from "../lexicon.js";
import { deriveSeed, type DerivedRow } from "./derive.js";
import { WordNet } from "./reader.js";
import { SEEDS, STOP } from "./seeds.js";

// Writes wordnet-triggers.csv from WordNet and seeds.ts. The table is committed and read at run
// time like lexicon.csv: WordNet's data files are tens of megabytes, the table a few kilobytes,
// and a committed table shows every derived word in review. Run: npx tsx loaders/events/wordnet/generate.ts

const HEADER = "pattern,pos,type,mode,frame,sense";

/** The surface forms a row claims: its pos with each inflection of its head and the rest of its pattern. */
function surfaces(pattern: string, pos: Pos): string[] {
  const words = pattern.split(" ");
  const headAt = pos === "verb" ? 0 : words.length - 1;
  return words[headAt]!.split("|").flatMap((h) => inflect(h, pos)).map((f) => `${pos}:${words.map((w, i) => (i === headAt ? f : w)).join(" ")}`);
}

/**
 * The derived table's text. A word two types claim is dropped (WordNet puts it under two PLOVER
 * meanings, so it is a sure trigger of neither); a word the hand lexicon has is left to the hand row.
 */
export function generateTable(wn = new WordNet(), hand = readFileSync(LEXICON_PATH, "utf8")): string {
  const taken = new Set<string>();
  for (const r of parse(hand, { columns: true, skip_empty_lines: true, trim: true }) as { pattern: string; pos: Pos }[]) {
    // A hand row's forms are taken in both parts of speech: the hand row chose how its word is read
    // ("in its fight against" is a background reference to the hand verb; "combat aircraft" is no
    // verb beside the hand noun).
    if (!r.pattern.includes("...")) for (const s of surfaces(r.pattern.toLowerCase(), r.pos)) taken.add(s.slice(s.indexOf(":") + 1));
  }
  const byKey = new Map<string, DerivedRow>();
  const types = new Map<string, Set<string>>();
  for (const seed of SEEDS)
    for (const row of deriveSeed(wn, seed)) {
      const key = `${row.pos}:${row.pattern}`;
      types.set(key, (types.get(key) ?? new Set()).add(row.type));
      if (!byKey.has(key)) byKey.set(key, row);
    }
  const claimed = new Set<string>();
  const lines: string[] = [];
  for (const [key, row] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (types.get(key)!.size > 1 || STOP[row.pattern] !== undefined || STOP[key] !== undefined) continue;
    const forms = surfaces(row.pattern, row.pos);
    if (forms.some((f) => taken.has(f.slice(f.indexOf(":") + 1)) || claimed.has(f))) continue;
    for (const f of forms) claimed.add(f);
    lines.push([row.pattern, row.pos, row.type, row.mode, row.frame, `"${row.sense}"`].join(","));
  }
  return [HEADER, ...lines].join("\n") + "\n";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) writeFileSync(DERIVED_PATH, generateTable());
