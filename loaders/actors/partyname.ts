import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "the ruling Harbour Dream party", "the Norlandic Renewal movement": a run of capitalised words
// before a lower-case "party" or "movement" is that party's name, a demonym at its head included,
// though the tagger reads the demonym apart ("Norlandic" a nationality, "Renewal" an organisation).
// The article's other uses of the same words are the same name ("Norlandic Renewal holds a majority").

const PARTY_NOUNS = new Set(["party", "movement", "coalition", "bloc", "alliance", "front"]);

const key = (toks: Tok[], a: number, b: number) => toks.slice(a, b).map((t) => t.text).join(" ");

/**
 * A demonym's or a country's span right before an organisation's, the two glued by one space: "Norlandic
 * Renewal", "Norland Renewal League" (whose last words the tagger may read as a person's).
 */
function pairAt(toks: Tok[], names: NameSpan[], k: number): boolean {
  const m = names[k]!, o = names[k + 1];
  const body = !!o && (o.type === "ORG" || (o.type === "PER" && !o.titled && m.type === "LOC"));
  return (m.type === "MISC" || m.type === "LOC") && body && o!.a === m.b && toks[m.b - 1]!.end + 1 === toks[o!.a]!.start;
}

/** Demonym + organisation pairs joined into one organisation where a party noun follows, and wherever the same words recur. */
export function partyNames(toks: Tok[], names: NameSpan[]): NameSpan[] {
  const joined = new Set<string>();
  for (let k = 0; k + 1 < names.length; k++) {
    if (!pairAt(toks, names, k)) continue;
    const next = toks[names[k + 1]!.b];
    if (next && PARTY_NOUNS.has(next.text)) joined.add(key(toks, names[k]!.a, names[k + 1]!.b));
  }
  if (!joined.size) return names;
  const out: NameSpan[] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    if (pairAt(toks, names, k) && joined.has(key(toks, m.a, names[k + 1]!.b))) {
      const o = names[++k]!;
      out.push({ start: m.start, end: o.end, type: "ORG", a: m.a, b: o.b, titled: false });
    } else out.push(m);
  }
  return out;
}
