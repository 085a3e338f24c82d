import { discourse, firstAt, type Attribution, type Discourse } from "../quotes/attribution.js";
import { attributionFor } from "../quotes/index.js";
import { rowId } from "../text/ids.js";
import { sentenceAt } from "../text/sentences.js";
import type { ActorRow, Doc, FigureCategory, FigureRow, Qualifier, ResolvedMention } from "../types.js";
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, NP_STOP, QUALIFIERS } from "./lexicon.js";
import { isNotAQuantity } from "./exclude.js";
import { readNumber } from "./numbers.js";
import { adjacent, tokenize, type Token } from "./tokens.js";
import { categoryOf, hyphenUnit, unitAt } from "./unit.js";

/**
 * Quantities of one article: every number that counts or measures, with its
 * qualifier, counted unit, category, owning actor and who asserts it. One
 * token pass; never throws.
 */
export function extractFigures(doc: Doc, mentions: ResolvedMention[], actors: Map<string, ActorRow>): FigureRow[] {
  const text = doc.text;
  if (!text) return [];
  const toks = windowTokens(text);
  const rows: FigureRow[] = [];
  let lastSentence = -1;
  let lastUnit: { unit: string; category: FigureCategory } | null = null;
  let d: ReturnType<typeof discourse> | null = null;
  for (let i = 0; i < toks.length; i++) {
    const nm = readNumber(toks, i);
    if (!nm) continue;
    const sentence = sentenceAt(doc.sentences, toks[i]!.start)?.index ?? -1;
    if (isNotAQuantity(toks, nm, text)) {
      i = nm.last;
      continue;
    }
    let first = nm.first, last = nm.last;
    let value = nm.value;
    let qualifier: Qualifier | null = nm.qualifier;
    let unit: string | null = null;
    let category: FigureCategory | null = null;

    // A range "10,000–12,000" or "10,000 to 12,000": the lower bound, at_least, spanning both.
    const sep = toks[last + 1];
    if (!nm.words && sep && (sep.text === "–" || sep.text === "-" || sep.low === "to") && toks[last + 2]?.kind === "num") {
      const hi = readNumber(toks, last + 2);
      if (hi && hi.value > value) {
        last = hi.last;
        qualifier = "at_least";
      }
    }
    // Money: "$2", "€50 billion", "US$5", "50 billion euros"
    const sym = toks[first - 1];
    if (sym && sym.text in CURRENCY_SYMBOLS && adjacent(sym, toks[first])) {
      unit = CURRENCY_SYMBOLS[sym.text]!;
      category = "money";
      first--;
      if (toks[first - 1]?.low === "us" && adjacent(toks[first - 1], sym)) first--;
    } else if (toks[last + 1] && CURRENCY_WORDS.has(toks[last + 1]!.low)) {
      unit = toks[last + 1]!.text;
      category = "money";
      last++;
    }
    // Percentages
    const nx = toks[last + 1];
    if (!unit && nx && (nx.text === "%" || nx.low === "percent" || (nx.low === "per" && toks[last + 2]?.low === "cent"))) {
      unit = "percent";
      category = "percent";
      last += nx.low === "per" ? 2 : 1;
    }
    // "five-hour talks", "a 10-year security deal"
    if (!unit) {
      const h = hyphenUnit(toks, last);
      if (h) {
        unit = h.unit;
        category = h.category;
        last = h.last;
        // the noun the compound modifies belongs to the wording: "a 10-year security deal", "five-hour talks"
        for (let k = 0; k < 3; k++) {
          const w = toks[last + 1];
          if (w?.kind !== "word" || NP_STOP.has(w.low) || /(ed|ing)$/.test(w.low)) break;
          last++;
          if (/[^su]s$/.test(w.low)) break;
        }
      }
    }
    // The counted noun phrase: "83 Shahed drones", "hundreds of British and French troops"
    if (!unit) {
      let u = last + 1;
      if (nm.partitive && /^(the|these|those|its|their|his|her|our)$/.test(toks[u]?.low ?? "")) u++;
      // a fraction counts part of one thing: "two-thirds of the district"
      const m = unitAt(toks, u, value < 1 ? 1 : value, text);
      if (m) {
        unit = m.unit;
        category = categoryOf(m.head);
        last = m.last;
      }
    }
    // "Of those, 55 were shot down", "another 30": the unit of the count just before.
    if (!unit) {
      // only where a count stands for the noun: "Of those, 55 were shot down",
      // "another 30", "including 20 over Kursk and 11 over Bryansk" — not "rose to 45"
      const before = toks[first - 1]?.low ?? "", after = toks[last + 1]?.low ?? "";
      const elliptical = (!nm.words || before === "another") &&
        (ELLIPSIS_BEFORE.has(before) || ELLIPSIS_AFTER.has(after) || /^\p{Ll}+ed$/u.test(after));
      if (!elliptical || !lastUnit || sentence - lastSentence > 1) {
        i = last;
        continue;
      }
      unit = lastUnit.unit;
      category = lastUnit.category;
    }
    // "one" and "the two" need a hyphen compound or a counted noun to be a figure;
    // value-1 figures are almost always an article ("one official said").
    if (nm.words && value === 1 && !/^\p{N}/u.test(toks[nm.first]!.text) && !(category === "duration" || category === "money")) {
      i = last;
      continue;
    }
    if (!qualifier) qualifier = qualifierBefore(toks, first);
    const qlen = qualifierLength(toks, first);
    const start = toks[first - qlen]!.start;
    const end = toks[last]!.end;
    d ??= discourse(doc, mentions, actors);
    rows.push({
      id: rowId("f", doc.id, start, end),
      article: doc.id,
      value,
      text: text.slice(start, end),
      qualifier: qualifier ?? "exact",
      unit,
      category: category ?? "count",
      actor: ownerActor(mentions, start, end, text),
      attributed_to: figureSource(doc, d, sentence, start, end, actors),
      start,
      end,
    });
    lastUnit = { unit, category: category ?? "count" };
    lastSentence = sentence;
    i = last;
  }
  return rows;
}

const ELLIPSIS_BEFORE = new Set(["another", "including", "and", "of", "with", "while"]);
const ELLIPSIS_AFTER = new Set(["were", "was", "are", "is", "had", "have", "has", "would", "will", "could", "remain", "remained"]);

// Where a number may start: digits, number words, "a dozen", "hundreds of", fractions.
const TRIGGER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds|thousands|millions|billions|tens|an?\s+(?:dozen|hundred|thousand|million|billion|trillion|third|quarter|half|fifth))\b/gi;

/**
 * Tokens of the stretches around possible numbers only (60 characters before
 * for the qualifier, 160 after for the unit), in text order, with an empty
 * separator token between stretches: most of an article has no number, and
 * tokenizing all of it was the stage's main cost.
 */
function windowTokens(text: string): Token[] {
  const out: Token[] = [];
  let winStart = -1, winEnd = -1;
  const flush = () => {
    if (winStart < 0) return;
    out.push({ text: "", low: "", start: winStart, end: winStart, kind: "punct" });
    // Not push(...tokens): a window over a long run of numbers overflows the argument stack.
    for (const t of tokenize(text, winStart, winEnd)) out.push(t);
  };
  for (const m of text.matchAll(TRIGGER)) {
    let s = Math.max(0, m.index! - 60);
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    let e = Math.min(text.length, m.index! + 160);
    while (e < text.length && !/\s/.test(text[e]!)) e++;
    if (winStart >= 0 && s <= winEnd) winEnd = Math.max(winEnd, e);
    else {
      flush();
      winStart = s;
      winEnd = e;
    }
  }
  flush();
  return out;
}

function matchQualifier(toks: Token[], first: number): [number, Qualifier] | null {
  for (const [words, q] of QUALIFIERS) {
    const n = words.length;
    if (first - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = toks[first - n + k]!.low === words[k];
    if (ok) return [n, q];
  }
  return null;
}

const qualifierBefore = (toks: Token[], first: number): Qualifier | null => matchQualifier(toks, first)?.[1] ?? null;
const qualifierLength = (toks: Token[], first: number): number => matchQualifier(toks, first)?.[0] ?? 0;

/** The actor the counted thing belongs to: a mention inside the phrase, or a possessive right before it. */
function ownerActor(mentions: ResolvedMention[], start: number, end: number, text: string): string | null {
  let best: ResolvedMention | null = null;
  for (const m of mentions) {
    if (m.kind === "place") continue;
    const inside = m.start >= start && m.end <= end;
    // The length check first: slicing from every earlier mention would make a long article quadratic.
    const possessive = m.end <= start && start - m.end <= 16 && /^['’]s\s+$/.test(text.slice(m.end, start));
    if (inside || possessive) best = m;
  }
  return best?.actor ?? null;
}

/** A figure inside a quotation is the speaker's; otherwise the sentence's source. */
function figureSource(doc: Doc, d: Discourse, sentence: number, start: number, end: number, actors: Map<string, ActorRow>): string | null {
  const qi = firstAt(d.quotes, (q) => q.textStart > start) - 1;
  const q = qi >= 0 && end <= d.quotes[qi]!.textEnd ? d.quotes[qi]! : null;
  const a = q ? attributionFor(doc, d, q) : null;
  if (a) return (a.actor && actors.get(a.actor)?.name) || a.speakerText;
  return attributionText(d.attributions, sentence, start, actors);
}

/** Who the sentence credits, near the figure: "according to X" first, then any speech verb's subject. */
function attributionText(atts: Attribution[], sentence: number, at: number, actors: Map<string, ActorRow>): string | null {
  // attributions are in text order: a binary search to the figure's neighbourhood, so a
  // long article (or a run-on one-line "sentence") costs no more per figure than a short one
  const inSentence: Attribution[] = [];
  for (let i = firstAt(atts, (a) => a.verbStart >= at - 600); i < atts.length && atts[i]!.verbStart < at + 600; i++) {
    const a = atts[i]!;
    if (a.sentence === sentence && (a.speakerText || a.actor)) inSentence.push(a);
  }
  const a = inSentence.find((x) => x.verb.toLowerCase().startsWith("according")) ?? inSentence[0];
  if (!a) return null;
  // several actors in one source ("the US, South Korean and Ukrainian intelligence assessments"): keep the wording
  return (a.actor && a.subjectActors <= 1 && actors.get(a.actor)?.name) || a.speakerText;
}
