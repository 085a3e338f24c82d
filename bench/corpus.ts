import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// A reproducible, realistic corpus for benchmarks: articles recombined from the
// paragraphs of the seed articles and of the test fixtures, with names, numbers
// and dates varied by a seeded generator (mulberry32), and a sources.csv.

export function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES: [string, string][] = [
  ["Takeshi Iwaya", "Yoko Kamikawa"], ["Andrii Sybiha", "Dmytro Kuleba"], ["Sergei Lavrov", "Maria Zakharova"],
  ["Olaf Scholz", "Friedrich Merz"], ["Mark Rutte", "Jens Stoltenberg"], ["Shigeru Ishiba", "Fumio Kishida"],
];
const OUTLETS = ["The Herald", "Kyiv Post", "Asahi Shimbun", "Reuters", "Deutsche Welle", "The Moscow Times", "Caliber.Az", "Sputnik"];

/** Paragraphs (one per line) of every .txt under the given folders. */
export function paragraphPool(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[] = [];
    try { files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".txt")); } catch { continue; }
    for (const f of files)
      for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/))
        if (line.split(/\s+/).length >= 12 && /[.!?”"]$/.test(line.trim())) out.push(line.trim());
  }
  return out;
}

export function generateCorpus(dir: string, count: number, seed = 42, pool = paragraphPool(["data/articles", "test/fixtures"])): { words: number } {
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows = ["file,title,outlet,url,published,byline,language"];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const paras: string[] = [];
    const n = 6 + Math.floor(rand() * 10);
    for (let j = 0; j < n; j++) {
      let p = pick(pool);
      for (const [a, b] of NAMES) if (rand() < 0.3) p = p.split(a).join(b);
      p = p.replace(/\b\d{2,5}\b/g, (d) => (/^(19|20)\d\d$/.test(d) ? d : String(Math.max(2, Math.round(Number(d) * (0.5 + rand()))))));
      paras.push(p);
    }
    const text = paras.join("\n\n") + "\n";
    words += text.split(/\s+/).filter(Boolean).length;
    const file = `gen-${String(i).padStart(6, "0")}.txt`;
    writeFileSync(join(dir, file), text);
    const d = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1500) * 86400000).toISOString().slice(0, 10);
    rows.push(`${file},,${pick(OUTLETS)},,${d},,en`);
  }
  writeFileSync(join(dir, "sources.csv"), rows.join("\n") + "\n");
  return { words };
}
