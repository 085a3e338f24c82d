import type { FigureCategory } from "../types.js";
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, table } from "./lexicon.js";
import { adjacent, type Token } from "./tokens.js";

/** What readMoney reads into: the figure's span and its unit. */
export interface MoneySpan {
  first: number;
  last: number;
  unit: string | null;
  category: FigureCategory | null;
}

/**
 * The letters a wire writes before "$" for a dollar other than the United States' ("C$12",
 * "A$ 1.2 billion", "HK$ 40 million"): without them every such amount read as US dollars.
 */
const DOLLAR_PREFIXES: Record<string, string> = table({
  us: "US dollars", c: "Canadian dollars", ca: "Canadian dollars", a: "Australian dollars", au: "Australian dollars",
  nz: "New Zealand dollars", hk: "Hong Kong dollars", s: "Singapore dollars", sg: "Singapore dollars",
  nt: "New Taiwan dollars", z: "Zimbabwe dollars",
});

/** Money: "$2", "€50 billion", "US$5", "C$ 12", "50 billion euros". */
export function readMoney(toks: Token[], f: MoneySpan): void {
  const sym = toks[f.first - 1], num = toks[f.first]!;
  // glued, or one space apart as some wires set it ("$ 5 million")
  if (sym && sym.text in CURRENCY_SYMBOLS && num.start - sym.end <= 1) {
    f.unit = CURRENCY_SYMBOLS[sym.text]!;
    f.category = "money";
    f.first--;
    const pre = toks[f.first - 1];
    if (sym.text === "$" && pre?.kind === "word" && adjacent(pre, sym) && pre.text === pre.text.toUpperCase() && pre.low in DOLLAR_PREFIXES) {
      f.unit = DOLLAR_PREFIXES[pre.low]!;
      f.first--;
    }
  } else if (toks[f.last + 1] && CURRENCY_WORDS.has(toks[f.last + 1]!.low)) {
    f.unit = toks[f.last + 1]!.text;
    f.category = "money";
    f.last++;
  }
}
