import { discourse, type Attribution, type Discourse } from "../quotes/attribution.js";
import { firstAt } from "../quotes/search.js";
import { attributionFor } from "../quotes/index.js";
import { rowId } from "../text/ids.js";
import { sentenceAt } from "../text/sentences.js";
import type { ActorRow, Doc, FigureCategory, FigureRow, Qualifier, ResolvedMention } from "../types.js";
import { NP_STOP, OVER_PARTICLE_VERBS, QUALIFIERS } from "./lexicon.js";
import { readMoney } from "./money.js";
import { readCompoundTime } from "./duration.js";
import { readRange } from "./range.js";
import { isNotAQuantity } from "./exclude.js";
import { readNumber } from "./numbers.js";
import { adjacent, isCapitalized, type Token } from "./tokens.js";
import { AGE, categoryOf, hyphenUnit, isVerbForm, unitAt } from "./unit.js";
import { windowTokens } from "./window.js";

/** A number being read into a figure: its token span, value, qualifier and counted unit. */
interface Figure {
  nm: NonNullable<ReturnType<typeof readNumber>>;
  first: number;
  last: number;
  qualifier: Qualifier | null;
  unit: string | null;
  category: FigureCategory | null;
  /** A range's upper bound: the counted noun agrees with it ("1-4 people", not "a 1-4 deficit"). */
  upper?: number;
  /** The span a figure before is spread over: the word before is no qualifier. */
  span?: boolean;
}

/** The unit of the figure before, for an elliptical count ("Of those, 55 were shot down"). */
type Previous = { unit: string; category: FigureCategory; sentence: number } | null;

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
  let previous: Previous = null;
  let d: Discourse | null = null;
  /** Where the last number with a counted noun ended. */
  let counted = -1;
  for (let i = 0; i < toks.length; i++) {
    const nm = readNumber(toks, i);
    if (!nm) continue;
    const at = sentenceAt(doc.sentences, toks[i]!.start);
    const sentence = at?.index ?? -1;
    // A table's scores and a dateline's date count nothing a reporter would chart.
    if (at?.data || isNotAQuantity(toks, nm, text)) {
      i = nm.last;
      continue;
    }
    const f = readFigure(toks, nm, text, previous, sentence);
    // "three hits over five innings", "$40 million over four years": "over" spreads the figure
    // before it (a row or not: "one hit over four innings") across a span; it is no "more than"
    if (toks[f.first - 1]?.low === "over" && counted === toks[f.first - 2]?.end) f.span = true;
    i = f.last;
    if (f.unit) counted = toks[f.last]!.end;
    if (!f.unit || isBareOne(toks, f)) continue;
    d ??= discourse(doc, mentions, actors);
    rows.push(figureRow(doc, toks, f, sentence, d, mentions, actors));
    previous = { unit: f.unit, category: f.category ?? "count", sentence };
  }
  return rows;
}

/** The number's span grown by each reading in turn; `unit` stays null when nothing is counted. */
function readFigure(toks: Token[], nm: Figure["nm"], text: string, previous: Previous, sentence: number): Figure {
  const f: Figure = { nm, first: nm.first, last: nm.last, qualifier: nm.qualifier, unit: null, category: null };
  // "five-plus innings": more than five, and the counted noun after
  if (toks[f.last + 1]?.text === "-" && toks[f.last + 2]?.low === "plus" && adjacent(toks[f.last], toks[f.last + 1]) && adjacent(toks[f.last + 1], toks[f.last + 2])) {
    f.qualifier ??= "more_than";
    f.last += 2;
  }
  readRange(toks, f);
  readMoney(toks, f);
  if (!f.unit) readPercent(toks, f);
  if (!f.unit) readHyphenUnit(toks, f);
  if (!f.unit) readCountedNoun(toks, f, text);
  if (!f.unit) readElliptical(toks, f, previous, sentence);
  if (f.category === "duration") readCompoundTime(toks, f);
  return f;
}

/** "12%", "12 percent", "12 per cent", "12 pct"; "3.5 percentage points" (a difference of percentages). */
function readPercent(toks: Token[], f: Figure): void {
  const nx = toks[f.last + 1];
  if (nx?.low === "percentage" && /^points?$/.test(toks[f.last + 2]?.low ?? "")) {
    f.unit = `percentage ${toks[f.last + 2]!.low}`;
    f.category = "percent";
    f.last += 2;
    return;
  }
  if (!nx || !(nx.text === "%" || nx.low === "percent" || nx.low === "pct" || (nx.low === "per" && toks[f.last + 2]?.low === "cent"))) return;
  f.unit = "percent";
  f.category = "percent";
  f.last += nx.low === "per" ? 2 : 1;
}

/**
 * "five-hour talks", "a 10-year security deal": the noun the compound modifies belongs to the
 * wording; a name after it does not ("the 30-year-old Dana Reyes"), nor a verb ("man drew").
 */
function readHyphenUnit(toks: Token[], f: Figure): void {
  const h = hyphenUnit(toks, f.last);
  if (!h) return;
  f.unit = h.unit;
  f.category = h.category;
  f.last = h.last;
  // an age qualifies one person ("a 32-year-old man"), and what follows is the clause's
  const words = h.unit === AGE ? 1 : 3;
  for (let k = 0; k < words; k++) {
    const w = toks[f.last + 1];
    if (w?.kind !== "word" || NP_STOP.has(w.low) || /(ed|ing)$/.test(w.low) || isCapitalized(w) || isVerbForm(w.low)) break;
    f.last++;
    if (/[^su]s$/.test(w.low)) break;
  }
}

/** The counted noun phrase: "83 Kestrel drones", "hundreds of Estovian and Norlandic troops". */
function readCountedNoun(toks: Token[], f: Figure, text: string): void {
  let u = f.last + 1;
  if (f.nm.partitive && /^(the|these|those|its|their|his|her|our)$/.test(toks[u]?.low ?? "")) u++;
  // a fraction counts part of one thing: "two-thirds of the district"
  // a range of whole numbers spans more than one: its noun is plural ("a 0-1 pitch" is a count of
  // balls and strikes, no range); a measure between decimals keeps its singular ("0.2-0.7 inch")
  const whole = f.upper !== undefined && Number.isInteger(f.upper) && Number.isInteger(f.nm.value);
  const value = f.upper === undefined ? f.nm.value : whole ? Math.max(f.upper, 2) : f.upper;
  const m = unitAt(toks, u, value < 1 ? 1 : value, text);
  if (!m) return;
  f.unit = m.unit;
  f.last = m.last;
  // the words around the figure say whether vehicles or jets are weapons (unit.ts)
  f.category = categoryOf(m.head, text.slice(Math.max(0, toks[f.first]!.start - 100), Math.min(text.length, (toks[f.last]?.end ?? 0) + 60)));
}

/**
 * The unit of the count just before, only where a count stands for the noun:
 * "Of those, 55 were shot down", "another 30", "including 20 over Kursk and 11
 * over Bryansk", not "rose to 45".
 */
function readElliptical(toks: Token[], f: Figure, previous: Previous, sentence: number): void {
  const before = toks[f.first - 1]?.low ?? "", after = toks[f.last + 1]?.low ?? "";
  const elliptical = (!f.nm.words || before === "another") &&
    (ELLIPSIS_BEFORE.has(before) || ELLIPSIS_AFTER.has(after) || /^\p{Ll}+ed$/u.test(after) || countedAs(toks, f.first));
  // "and 97" joins a count of its own sentence; a clause of its own ("32 were shot down") may follow the sentence before
  const reach = ELLIPSIS_BEFORE.has(before) && before !== "another" && before !== "including" ? 0 : 1;
  if (!elliptical || !previous || sentence - previous.sentence > reach) return;
  f.unit = previous.unit;
  f.category = previous.category;
}

/**
 * "one" and "the two" need a hyphen compound or a counted noun to be a figure;
 * value-1 figures are almost always an article ("one official said").
 */
function isBareOne(toks: Token[], f: Figure): boolean {
  return f.nm.words && f.nm.value === 1 && f.upper === undefined && !/^\p{N}/u.test(toks[f.nm.first]!.text) && !(f.category === "duration" || f.category === "money");
}

function figureRow(doc: Doc, toks: Token[], f: Figure, sentence: number, d: Discourse, mentions: ResolvedMention[], actors: Map<string, ActorRow>): FigureRow {
  const qualifier = f.qualifier ?? (f.span ? null : qualifierBefore(toks, f.first));
  const start = toks[f.first - (f.span ? 0 : qualifierLength(toks, f.first))]!.start;
  const end = toks[f.last]!.end;
  return {
    id: rowId("f", doc.id, start, end),
    article: doc.id,
    value: f.nm.value,
    text: doc.text.slice(start, end),
    qualifier: qualifier ?? "exact",
    unit: f.unit,
    category: f.category ?? "count",
    actor: ownerActor(mentions, start, end, doc.text),
    attributed_to: figureSource(doc, d, sentence, start, end, actors),
    start,
    end,
  };
}

// Not "of": "a high of 40", "a target of 15", "a fleet of 68" name a level or a total, no count of the noun before.
const ELLIPSIS_BEFORE = new Set(["another", "including", "and", "with", "while"]);
/** A verb of counting right before the number: "police counted 15,000". */
const COUNTING = new Set(["counted", "estimated", "recorded", "registered", "reported", "tallied"]);
/** Nouns of a count a source puts at a number: "put the toll at 80", "estimated the crowd at 40,000". */
const TALLY = new Set(["toll", "number", "figure", "count", "total", "crowd", "turnout", "tally"]);

/**
 * "police counted 15,000", "the rebels put the toll at 80": a count given by another source, of
 * the unit counted just before (readElliptical keeps it to that sentence or the next).
 */
function countedAs(toks: Token[], first: number): boolean {
  const before = toks[first - 1]?.low ?? "";
  if (COUNTING.has(before)) return true;
  if (before !== "at") return false;
  for (let k = first - 2; k >= Math.max(0, first - 5); k--) if (TALLY.has(toks[k]!.low)) return true;
  return false;
}
const ELLIPSIS_AFTER = new Set(["were", "was", "are", "is", "had", "have", "has", "would", "will", "could", "remain", "remained"]);

function matchQualifier(toks: Token[], first: number): [number, Qualifier] | null {
  for (const [words, q] of QUALIFIERS) {
    const n = words.length;
    if (first - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = toks[first - n + k]!.low === words[k];
    if (ok && n === 1 && words[0] === "over" && OVER_PARTICLE_VERBS.has(toks[first - 2]?.low ?? "")) continue;
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
  // several actors in one source ("the EU, Estovian and Norlandic intelligence assessments"): keep the wording
  return (a.actor && a.subjectActors <= 1 && actors.get(a.actor)?.name) || a.speakerText;
}
