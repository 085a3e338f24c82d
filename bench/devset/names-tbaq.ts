// The out-of-domain names test sets (test/devset/names-tbaq.jsonl and
// names-tbaq2.jsonl): hand-annotated PER/ORG/LOC/MISC names in TempEval-3 TBAQ
// articles (docs/ner-tbaq.md has the rules). TBAQ1 is read for tuning; TBAQ2 is
// the blind one, scored in aggregate only.
// The fixture holds offsets and a hash, never the text: the text is read from
// ../shared at load time exactly as bench/tbaq.ts reads it, and a fixture that no
// longer fits that text (the corpus or the reader changed, a hand edit slipped)
// must fail loudly here rather than skew the benchmark.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readTbaq, readTimeML, TBAQ, type TbaqDoc } from "../tbaq.js";

export const NAME_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NameType = (typeof NAME_TYPES)[number];
export interface GoldName { start: number; end: number; type: NameType }
export interface NameDoc { id: string; file: string; text: string; names: GoldName[] }

/** One annotated set: its fixture and its document rule, every `step`-th article of TBAQ sorted by id (code-point order) from position `first`. */
export interface NameSet { name: string; fixture: string; first: number; step: number }
export const TBAQ1: NameSet = { name: "TBAQ1", fixture: "test/devset/names-tbaq.jsonl", first: 0, step: 10 };
/** Positions 5, 15, … 255: no article of TBAQ1's. */
export const TBAQ2: NameSet = { name: "TBAQ2", fixture: "test/devset/names-tbaq2.jsonl", first: 5, step: 10 };
export const NAME_SETS = [TBAQ1, TBAQ2] as const;
export const NAMES_FIXTURE = TBAQ1.fixture;

export const textHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);

/** The articles a set's rule picks, as `part/id.tml`: what its fixture must cover, no more, no less. */
export function selectedFiles(set: NameSet = TBAQ1, root = TBAQ): string[] {
  const docs = readTbaq(root).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return docs.filter((_, i) => i % set.step === set.first).map((d: TbaqDoc) => `${d.part}/${d.id}.tml`);
}

// A letter or digit: a name may not start or end next to one (it would cut a word).
// A hyphen or an apostrophe may touch a name ("anti-Castro", "CBS's"): CoNLL's
// convention annotates the name inside such a token.
const WORDCHAR = /[\p{L}\p{N}]/u;

function checkName(where: string, text: string, n: GoldName, prev: GoldName | undefined): void {
  const bad = (why: string) => new Error(`${where}: name ${n.start}-${n.end} ${n.type} ${why}`);
  if (!Number.isInteger(n.start) || !Number.isInteger(n.end) || n.start < 0 || n.end > text.length || n.start >= n.end) throw bad("is outside the text");
  if (!(NAME_TYPES as readonly string[]).includes(n.type)) throw bad("has an unknown type");
  // Spans start on a letter or digit and end on one or on an abbreviation's full stop ("Inc.", "U.S.").
  if (!WORDCHAR.test(text[n.start]!) || !/[\p{L}\p{N}.]/u.test(text[n.end - 1]!)) throw bad("starts or ends on space or punctuation");
  if (WORDCHAR.test(text[n.start - 1] ?? "") || WORDCHAR.test(text[n.end] ?? "")) throw bad("does not land on word boundaries");
  if (/\n/.test(text.slice(n.start, n.end))) throw bad("crosses a line");
  if (prev && n.start < prev.end) throw bad(`overlaps or precedes ${prev.start}-${prev.end}`);
}

/** Every annotated document, its text read from the corpus and checked against the fixture. */
export function loadNameSet(fixture = NAMES_FIXTURE, root = TBAQ): NameDoc[] {
  const lines = readFileSync(fixture, "utf8").split("\n").filter((l) => l.trim());
  return lines.map((line, k) => {
    const f = JSON.parse(line) as { corpus: string; file: string; hash: string; names: [number, number, string][] };
    const where = `${fixture}:${k + 1} (${f.file})`;
    if (f.corpus !== "tempeval3-tbaq") throw new Error(`${where}: corpus ${f.corpus} is not tempeval3-tbaq`);
    const [part, name] = f.file.split("/") as [TbaqDoc["part"], string];
    const id = name.replace(/\.tml$/, "");
    const { text } = readTimeML(readFileSync(join(root, f.file), "utf8"), id, part);
    if (textHash(text) !== f.hash) throw new Error(`${where}: the article text no longer matches the fixture's hash (${f.hash}); the corpus or bench/tbaq.ts changed`);
    const names = f.names.map(([start, end, type]) => ({ start, end, type: type as NameType }));
    names.forEach((n, i) => checkName(where, text, n, names[i - 1]));
    return { id, file: f.file, text, names };
  });
}
