import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the Gulf of Oman", "the Sea of Japan", "the Bay of Bengal": a country or region after a water
// body's head and "of" is part of the sea's name, not a mention of that state, which did nothing
// there. The whole name is one place.

const HEADS = "Gulf|Sea|Bay|Straits?|Ocean|Lake|Channel|Bight|Sound";
const WATER_OF = new RegExp(String.raw`\b(?:${HEADS})\s+of\s+(?:the\s+)?$`, "u");
/** After a candidate that is the head alone ("Gulf"): " of Oman", " of the Congo". */
const OF_NAME = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u;
const HEAD_ALONE = new RegExp(String.raw`^(?:${HEADS})$`, "u");

/** Countries and places named after a water body's "of", joined with its head into one place. */
export function waterBodies(doc: Doc, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (const c of cands) {
    if (c.kind !== "country" && c.kind !== "place") continue;
    let start = c.start, end = c.end;
    const before = doc.text.slice(Math.max(0, c.start - 24), c.start);
    const m = WATER_OF.exec(before);
    if (m) start = c.start - before.length + m.index!;
    else if (HEAD_ALONE.test(c.text)) end = c.end + (OF_NAME.exec(doc.text.slice(c.end, c.end + 60))?.[0].length ?? 0);
    if (start === c.start && end === c.end) continue;
    const text = doc.text.slice(start, end);
    out = (out ?? cands).filter((d) => d !== c && !(d.start >= start && d.end <= end));
    out.push({ ...c, start, end, text, kind: "place", name: text, country: null, via: "gazetteer", weak: false });
  }
  return out ? out.sort((x, y) => x.start - y.start || y.end - x.end) : cands;
}
