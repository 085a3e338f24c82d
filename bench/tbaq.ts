import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// TempEval-3's TBAQ training news (TimeML), read from ../shared at bench time and
// never copied. Regexes over the markup rather than an XML parser: the files are
// flat (TIMEX3/EVENT/SIGNAL tags never nest inside TEXT) and the gold spans must
// become UTF-16 offsets into the tag-free text, which a DOM would not give us.

export const TBAQ = "../shared/dev-corpora/tempeval3-tbaq";

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TbaqDoc {
  id: string;
  part: "TimeBank" | "AQUAINT";
  published: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const TOKEN = /<TIMEX3\b([^>]*)>|<\/TIMEX3>|<[^>]+>|&(amp|lt|gt|quot|apos);|[^<&]+|&/g;

function attr(attrs: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? "";
}

/** One TimeML file: the text of <TEXT> with its tags removed, the DCT's day and the TIMEX3 spans. */
export function readTimeML(xml: string, id: string, part: TbaqDoc["part"]): TbaqDoc {
  const dct = /<DCT>\s*<TIMEX3\b[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!dct || !body) throw new Error(`${id}: no <DCT> date or no <TEXT>`);
  let text = "";
  const timexes: Timex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const m of body[1]!.matchAll(TOKEN)) {
    if (m[1] !== undefined) open = { start: text.length, type: attr(m[1], "type"), value: attr(m[1], "value") };
    else if (m[0] === "</TIMEX3>") {
      if (open) timexes.push({ ...open, end: text.length });
      open = null;
    } else if (m[0].startsWith("<")) continue;
    else if (m[2]) text += ENTITIES[m[2]]!;
    else text += m[0];
  }
  // The clean stage leaves one paragraph per line; a line break inside a
  // paragraph becomes a space, which keeps every offset where it was.
  text = text.replace(/([^\n])\n(?=[^\n])/g, "$1 ");
  return { id, part, published: dct[1]!, text, timexes };
}

/** All 256 articles, the one present in both parts read once (from TimeBank). */
export function readTbaq(root = TBAQ): TbaqDoc[] {
  const seen = new Set<string>();
  const docs: TbaqDoc[] = [];
  for (const part of ["TimeBank", "AQUAINT"] as const) {
    for (const f of readdirSync(join(root, part)).filter((f) => f.endsWith(".tml")).sort()) {
      const id = f.replace(/\.tml$/, "");
      if (seen.has(id)) continue;
      seen.add(id);
      docs.push(readTimeML(readFileSync(join(root, part, f), "utf8"), id, part));
    }
  }
  return docs;
}
