import type { Candidate } from "./candidate.js";

// "the Norda Vento and Norda Lumo models", "the Korin Nova 9, the latest smartphone from …": a maker's
// name with a model's after it names a product, miscellaneous in CoNLL's scheme and no actor, though its
// capitals read as a firm's or a person's. Only where the first word is a firm the article names alone
// or by a longer name: "Tarsk jets" is the firm's, a model's name is what follows the firm's. So does a
// name right after a product's kind ("the drug Cardilex"), unless read as a person's.

const PRODUCTS =
  "models?|apps?|cars?|vehicles?|phones?|smartphones?|handsets?|jets?|jetliners?|airliners?|aircraft|planes?|drones?|vaccines?|drugs?|pills?|consoles?|laptops?|tablets?|chips?|processors?|engines?|trucks?|SUVs?|sedans?|hatchbacks?|rifles?|tanks?";
/** What may follow a product's name: a model number, then its kind, right after or in apposition. */
const PRODUCT_AFTER = new RegExp(String.raw`^(?:\s+[\dA-Z][\w-]{0,3})?(?:,?\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2})?\s*(?:${PRODUCTS})\b`, "u");
/** "X and Y models": the kind after a coordinated second name. */
const COORDINATED = new RegExp(String.raw`^\s+and\s+(?:\p{Lu}[\p{L}\d-]*\s+){1,3}(?:${PRODUCTS})\b`, "u");
const GUESSED = new Set<Candidate["via"]>(["tagger", "person", "single", "media"]);

/** The words the article names a firm by: firms of one word, and the first word of longer ones. */
function makers(cands: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) if (c.kind === "organization" && !c.weak) out.add(c.text.split(" ")[0]!);
  return out;
}

/** "its blood pressure drug Cardilex": a product's kind right before a name, no maker's noun after it. */
const PRODUCT_BEFORE = new RegExp(String.raw`\b(?:${PRODUCTS})\s+$`, "u");
const named = (text: string, c: Candidate) => GUESSED.has(c.via) && !c.role && c.kind !== "person" && PRODUCT_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start));
/** "its first folding phone, the Korin Fold,": a maker's name and a model's in apposition to a product's kind. */
const KIND_APPOSED = new RegExp(String.raw`\b(?:${PRODUCTS}),\s+(?:the\s+)?$`, "u");
const apposed = (text: string, c: Candidate, firms: Set<string>) =>
  GUESSED.has(c.via) && !c.role && c.text.includes(" ") && firms.has(c.text.split(" ")[0]!) && KIND_APPOSED.test(text.slice(Math.max(0, c.start - 24), c.start));

/** The candidates without products named by their maker and model, or after their kind. */
export function withoutProducts(doc: { text: string }, cands: Candidate[]): Candidate[] {
  const firms = makers(cands);
  const product = (c: Candidate) => {
    const words = c.text.split(" ");
    if (words.length < 2 || !GUESSED.has(c.via) || c.role || !firms.has(words[0]!) || cands.some((o) => o.kind === "organization" && o.text === c.text && o !== c && !GUESSED.has(o.via))) return false;
    const after = doc.text.slice(c.end, c.end + 80);
    return PRODUCT_AFTER.test(after) || COORDINATED.test(after);
  };
  const drop = (c: Candidate) => product(c) || named(doc.text, c) || apposed(doc.text, c, firms);
  return cands.some(drop) ? cands.filter((c) => !drop(c)) : cands;
}
