// TempEval-3 (TimeBank/AQUAINT) articles as plain text for the events dev set:
// the content of <TEXT> with its tags removed and XML entities decoded, as the
// dev corpora README defines it. Fixtures address it by file and character offsets.
import { readFileSync } from "node:fs";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The article text of one TimeML file. */
export function timemlText(path: string): string {
  const xml = readFileSync(path, "utf8");
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!m) throw new Error(`${path}: no <TEXT> element`);
  return m[1]!.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!).trim();
}

/** The creation date of a TimeML file (its <DCT> value), the article's published date. */
export function timemlDate(path: string): string | null {
  return /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(path, "utf8"))?.[1] ?? null;
}
