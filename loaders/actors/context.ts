import type { Tok } from "./tok.js";
import { ORG_NOUNS, STATE_AGENTS } from "./lexicon/orgs.js";
import { givenNameWord } from "./lextokens.js";

// Word lists that read a name's context: whether a capital is a location or the
// government acting, whether an unknown word is a news outlet or a speaker.

/** Before a capital, these make it a location ("arrived in Kyiv", "the capital of Kyiv"). */
const LOCATIVE = new Set(["in", "at", "near", "outside", "inside", "into", "across", "around", "over", "through", "via", "within", "throughout", "of", "toward", "towards", "beyond", "downtown", "above"]);
/** "to"/"from" locate only after a word of motion ("travelled to Moscow", "flew from Tokyo"). */
const MOTION = /^(arriv|travel|fl[eyo]w|trip|visit|return|went|go|goes|going|came|come|coming|head|move|moving|journey|drove|drive|sail|relocat|evacuat|deport|sent|fled|flee|way|road|route|road)/;
const CAUSATIVE = /^(help|helps|helped|helping|let|lets|letting|make|makes|made|making|see|saw|seen|watch|watched|have|had|having)$/;
/** After "Kyiv’s", these make it the city ("Kyiv’s Obolon district", "Kyiv’s mayor"). */
const PLACE_NOUNS = new Set(["district", "districts", "streets", "street", "suburbs", "outskirts", "centre", "center", "mayor", "residents", "airport", "region", "city", "metro", "skyline", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "military", "main", "historic", "old", "southern", "northern", "eastern", "western", "central", "downtown", "subway", "port", "population"]);

export function prevWord(toks: Tok[], i: number, skipThe = true): Tok | undefined {
  let k = i - 1;
  while (k >= 0 && !toks[k]!.word) {
    if (/[.!?;:"“”\n]/.test(toks[k]!.text)) return undefined;
    k--;
  }
  if (skipThe && k >= 0 && /^the$/i.test(toks[k]!.text)) return prevWord(toks, k, false);
  return k >= 0 ? toks[k] : undefined;
}

function nextWord(toks: Tok[], i: number): Tok | undefined {
  const t = toks[i];
  return t && t.word ? t : undefined;
}

const PART_OF_PLACE = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|suburban|rural|coastal)$/u;

/** Is the name at toks[a..b) a location here, rather than its government acting? */
export function isLocative(toks: Tok[], a: number, b: number): boolean {
  const after = toks[b];
  if (after && /^['’]s$/u.test(after.text)) {
    const n = nextWord(toks, b + 1);
    return !!n && (PLACE_NOUNS.has(n.lex.lower) || (n.cap && n.pos === "PROPN"));
  }
  // "Kyiv club", "Tokyo summit": a noun after the name makes it a modifier of place, unless
  // the noun is the state itself ("the Kiev regime", "Moscow officials").
  const n = toks[b];
  // "in south Tarvel", "across northern Orlesk": a part of the place is still the place
  const before = prevWord(toks, a);
  const p = before && PART_OF_PLACE.test(before.lex.lower) ? prevWord(toks, before.i) : before;
  // "helping Washington replenish": after help/let/make the bare verb is the capital's own act.
  const causative = !!p && CAUSATIVE.test(p.lex.lower);
  if (n && n.word && !n.cap && n.pos === "NOUN" && !causative && n.start > toks[b - 1]!.end && !STATE_AGENTS.has(n.lex.lower)) return true;
  // "a London accounting firm", "an Ottawa lawyer": after an indefinite article the capital describes, never acts.
  if (/^an?$/i.test(toks[a - 1]?.text ?? "")) return true;
  if (!p || p.cap) return false;
  const w = p.lex.lower;
  if (w === "to" || w === "from") {
    for (let k = p.i - 1, n = 0; k >= 0 && n < 4; k--) {
      if (!toks[k]!.word) continue;
      n++;
      if (MOTION.test(toks[k]!.lex.lower)) return true;
    }
    return false;
  }
  return LOCATIVE.has(w);
}

const SPEECH = new Set(["said", "says", "told", "added", "reported", "reports", "stated", "warned", "noted", "wrote", "announced", "stressed", "insisted", "claimed", "argued", "explained", "tweeted", "informs", "informed", "confirmed", "declared", "asked", "replied", "urged", "tells", "adds", "writes", "posted"]);

/** "X said", "X told reporters", "according to X", "X, who …": an unknown word acting as a speaker. */
export function speaksHere(toks: Tok[], a: number, b: number): boolean {
  const n = toks[b];
  if (n && n.word && SPEECH.has(n.lex.lower)) return true;
  const p = prevWord(toks, a, false);
  const pp = p ? prevWord(toks, p.i, false) : undefined;
  return p?.text === "to" && pp?.lex.lower === "according";
}

const MEDIA_NOUNS = new Set(["newspaper", "daily", "agency", "broadcaster", "channel", "magazine", "outlet", "website", "tabloid", "weekly", "portal", "network", "paper", "journal", "radio", "television", "station"]);

/** Kinds of firm that are also a person's trade ("the film's producer"). */
const TRADES = new Set(["producer", "operator", "publisher", "developer", "miner", "brewer", "supplier", "shipper"]);

/** "the producer Ana Lima", "the publisher Tomas Reed": after a trade, a given name and another word are a person's. */
const personNamed = (toks: Tok[], a: number, b: number) => TRADES.has(toks[a - 1]!.lex.lower) && b - a > 1 && givenNameWord(toks[a]!.lex.lower);

/** "the newspaper Mainichi", "the energy company Naftogaz", "the AP agency": an organisation named beside its kind. */
export function mediaHere(toks: Tok[], a: number, b: number): boolean {
  const p = toks[a - 1];
  // the noun must be the name's own: a headline ending on "fund" says nothing of the story's first name
  if (p && p.word && !p.cap && p.sentence === toks[a]!.sentence && ORG_NOUNS.has(p.lex.lower)) return !personNamed(toks, a, b);
  const n = toks[b];
  // "Space agency delays …", "Power station shut": one sentence-opening word before the noun is a compound's, its capital the sentence's
  const compound = b - a === 1 && toks[a]!.initial;
  return (!!n && n.word && MEDIA_NOUNS.has(n.lex.lower) && !n.cap && !compound) || orgApposition(toks, a, b);
}

const APPOSITION_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her"]);
const PREPOSITIONS = new Set(["of", "for", "in", "at", "with", "from", "to", "on", "by", "who", "which", "that"]);
const orgNoun = (t: Tok | undefined, sentence: number) => !!t && t.word && !t.cap && t.sentence === sentence && ORG_NOUNS.has(t.lex.lower);

/**
 * "The head of the regional council, X,", "A spokesman for the group, X,", "an analyst at the
 * bank, X,": the kind closes a phrase whose head is someone else.
 */
const HEAD_LINKS = new Set(["of", "for", "at", "from"]);
function ofBefore(toks: readonly Tok[], k: number, sentence: number): boolean {
  for (let i = k - 1; i >= 0 && i > k - 10 && toks[i]!.sentence === sentence && toks[i]!.text !== ","; i--) if (HEAD_LINKS.has(toks[i]!.lex.lower)) return true;
  return false;
}

/** Kinds that name a business by what it makes or does ("the Danish maker of …"), or by whose part it is ("a unit of …"): "of" may follow them. */
const BUSINESS_OF = new Set([
  "company", "firm", "maker", "manufacturer", "producer", "carrier", "lender", "insurer", "retailer", "automaker", "carmaker", "publisher",
  "conglomerate", "operator", "unit", "subsidiary", "division", "affiliate",
]);

/**
 * "The employers' association, Deltaport, said …", "Deltaport, the employers' association, said …",
 * "Deltaport, the Norlandic maker of …": a name in apposition with an organisation's kind is that organisation.
 */
export function orgApposition(toks: readonly Tok[], a: number, b: number): boolean {
  const sentence = toks[a]!.sentence;
  if (toks[a - 1]?.text === "," && orgNoun(toks[a - 2], sentence) && toks[b]?.text === ",") return !ofBefore(toks, a - 2, sentence);
  if (toks[b]?.text !== "," || !APPOSITION_DETERMINERS.has(toks[b + 1]?.lex.lower ?? "")) return false;
  for (let k = b + 2; k < b + 9 && toks[k] && toks[k]!.sentence === sentence; k++) {
    // The kind must head the apposition's first phrase: "X, a member of the party," is a person.
    if ((!toks[k]!.word && toks[k]!.text !== "-" && !/^['’]s?$/.test(toks[k]!.text)) || PREPOSITIONS.has(toks[k]!.lex.lower)) return false;
    // "the state-owned network operator": a kind before another names the second's line of business
    if (orgNoun(toks[k], sentence) && !orgNoun(toks[k + 1], sentence)) return /^[,;.)]$/.test(toks[k + 1]?.text ?? "") || (toks[k + 1]?.text === "of" && BUSINESS_OF.has(toks[k]!.lex.lower));
  }
  return false;
}

/** Place words that follow a name and make "X region" a place ("the Gomel region", "Kursk border region"). */
export const REGION_WORDS = new Set(["region", "district", "oblast", "province", "prefecture", "county", "governorate", "territory", "canton", "municipality", "raion", "krai"]);
export const REGION_MODIFIERS = new Set(["border", "frontier", "coastal", "mountain", "mountainous", "industrial", "autonomous", "administrative"]);

const CAPITAL_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]+$/u;
/** Whether a capitalised word stands right before `start` on its line ("… Film Festival", "the CHIPS Act"): a head there closes a longer name. */
export const capitalBefore = (text: string, start: number) => CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 30), start));
