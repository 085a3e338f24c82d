import { keptReading, lexiconTags, nlp } from "../text/compromise.js";
import { VERB_RE } from "./verbs.js";

// A quoted term is a name for a thing, used by the reporter; a quotation is someone's words. Three
// shapes of the reporter's sentence show a term whoever the paragraph quotes: the term is defined
// right after it, it stands in a noun phrase after "the" and its modifiers, or it modifies the noun
// after it in a possessed phrase. Each reads only the words around the marks, so a speaker's
// evaluative words ("called the plan “reckless”", "Varn's “strong support” for") stay quotations.

/** Nouns that class a spoken claim, not a thing: "“fair”, a view the minister shares" is a quotation. */
const SPEECH_NOUNS = new Set([
  "view", "claim", "charge", "remark", "comment", "assessment", "description", "characterization", "characterisation",
  "criticism", "accusation", "sentiment", "opinion", "position", "promise", "pledge", "warning", "assertion", "statement",
  "argument", "complaint", "boast", "verdict", "judgment", "judgement", "reference", "allusion", "quip", "phrase", "word",
]);
/**
 * ", a condition that …", ", a set of circuits that …": an apposition that classes the term with
 * an indefinite article and says what it is (a relative clause, an "of" phrase or a participle),
 * right after the term or after a short place phrase ("a “rash” on the left arm, a condition …").
 */
const DEFINING_APPOSITION = /^["”'’]*(?:\s+(?:on|in|at|of|from)\s[^,.;:!?"“”]{1,40})?\s*,\s*(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}-]+)\s+(?:that|which|where|whose|of|in|used|found|caused|made|designed)\b/u;
/** A term in lower case, up to four words, with at most a comma or stop inside the closing mark. */
const LOWER_PHRASE = /^\p{Ll}[\p{L}'’-]*(?:\s[\p{Ll}\p{N}][\p{L}\p{N}'’-]*){0,3}[,.]?$/u;

/** "suffers from a “hairy nevus”, a condition that …": the sentence defines the quoted words as a thing. */
export function definedTerm(inner: string, after: string): boolean {
  if (!LOWER_PHRASE.test(inner)) return false;
  const m = DEFINING_APPOSITION.exec(after);
  if (!m) return false;
  const words = [...(m[1] ?? "").trim().split(/\s+/).filter(Boolean), m[2]!];
  return !words.some((w) => SPEECH_NOUNS.has(w));
}

/** An adjective or adverb by the lexicon, or by a suffix only modifiers take ("-ly", "-less", "-ous", "-ful"). */
function modifier(word: string): boolean {
  if (/^\p{Ll}{3,}(?:ly|less|ous|ful)$/u.test(word)) return true;
  const tags = lexiconTags(word);
  return tags.includes("Adjective") || tags.includes("Adverb") || tags.includes("Comparative") || tags.includes("Superlative");
}

/**
 * "the seemingly unending “price wars,”": "the" and one or two modifiers before a short phrase make
 * it a noun phrase the reporter names, as "the “…”" alone does (labels.ts).
 * `before`: the lower-cased words of the span's sentence before its opening mark.
 */
export function theModifiedTerm(before: readonly string[], n: number): boolean {
  if (n > 3) return false;
  let k = before.length - 1, mods = 0;
  while (k >= 0 && mods < 2 && modifier(before[k]!)) (k--, mods++);
  return mods > 0 && before[k] === "the";
}

/** Tags that a head noun right after a premodifier never carries. */
const NOT_A_NOUN = ["Preposition", "Conjunction", "Determiner", "Pronoun", "Copula", "Modal", "Adverb", "PastTense", "Gerund", "Adjective", "Auxiliary", "QuestionWord", "Date", "Possessive"];
/** A possessor right before the opening mark: "the bank's", "Varn's". */
const POSSESSOR_BEFORE = /\p{L}['’]s?\s*["“'‘`]*$/u;
/** The word after the closing mark, then what follows it: a stop, a comma or a preposition ends the phrase. */
const HEAD_THEN_END = /^["”'’]*\s+(\p{Ll}[\p{Ll}-]+)(?=\s*(?:[.,;:)]|$|\s(?:for|of|in|on|at|to|from|with|by|and|or|was|were|is|are|has|had|showed|shows)\b))/u;

/**
 * "the bank's “tankan” survey": one lower-case word, possessed, glued to the noun after it, is a
 * premodifier, the name of a kind of that noun; "Varn's “strong support” for" ends on its own noun,
 * and "the firm's “excellent” results" is a judgement.
 */
export function possessedPremodifier(inner: string, textBefore: string, after: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(inner) || !POSSESSOR_BEFORE.test(textBefore)) return false;
  const m = HEAD_THEN_END.exec(after);
  if (!m || lexiconTags(m[1]!).some((t) => NOT_A_NOUN.includes(t))) return false;
  // compromise's tagger, in a neutral possessed phrase, reads the quoted word as a noun (a kind of
  // the head) or as an adjective ("the firm's “excellent” results": the judge's word, a quotation)
  const tags = nounPhraseTags(inner, m[1]!);
  return !!tags && tags[0]!.includes("Noun") && !tags[0]!.includes("Adjective") && tags[1]!.includes("Noun");
}

/**
 * "would declare Brindle “capital of the coast”", "was named Ode “player of the month”": a verb that
 * confers a status, its named object, then the status in marks: the name of a rank, not anyone's
 * words ("Lund called the plan “reckless”" judges, and stays a quotation: "call" is no such verb).
 */
// `(?<!\p{L})` tests what `(?:^|[^\p{L}])` would, without an alternative tried at each position of the text.
const STATUS_OF_NAMED = /(?<!\p{L})(?:declared?|declares|declaring|proclaim(?:s|ed|ing)?|crown(?:s|ed|ing)?|named|appoint(?:s|ed|ing)?|elect(?:s|ed|ing)?)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;
/** "police declared an “exclusion area” around the site": a state or measure declared, imposed or lifted. */
const STATE_DECLARED = /(?<!\p{L})(?:declared?|declares|declaring|proclaim(?:s|ed|ing)?|impos(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:a|an)\s+$/u;
/**
 * Nouns of a state or a measure a body declares ("a state of siege", "a no-go zone"); "Ode declared a
 * “new era”" is no such state, and stays a quotation.
 */
const STATES = new Set([
  "state", "situation", "emergency", "zone", "zones", "area", "areas", "curfew", "alert", "siege", "blockade", "ceasefire",
  "truce", "moratorium", "embargo", "law", "rule", "holiday", "disaster", "quarantine", "lockdown", "corridor",
]);
const LOWER_NP = /^\p{Ll}[\p{L}'’-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,4}$/u;

/** The stems of both patterns' verbs: one of them must stand in the text before either pattern can match. */
const CONFERRING_STEM = /declar|proclaim|crown|named|appoint|elect|impos|lift/;

/** `textBefore`: the text right before the opening mark, the mark itself left out. */
export function conferredStatus(inner: string, textBefore: string): boolean {
  if (!CONFERRING_STEM.test(textBefore) || !LOWER_NP.test(inner.replace(/[,.]$/, ""))) return false;
  if (STATUS_OF_NAMED.test(textBefore)) return true;
  const ws = inner.replace(/[,.]$/, "").split(/\s+/);
  return ws.length <= 4 && STATE_DECLARED.test(textBefore) && ws.some((w) => STATES.has(w.toLowerCase()));
}

/** compromise's tags of `modifier` and `head` read as "the firm's <modifier> <head>". */
function nounPhraseTags(modifier: string, head: string): [string[], string[]] | null {
  return keptReading("possessed premodifier", `${modifier} ${head}`, (): [string[], string[]] | null => {
    const terms = (nlp(`the firm's ${modifier} ${head}`).json() as { terms: { tags: string[] }[] }[])[0]?.terms;
    return terms && terms.length === 4 ? [terms[2]!.tags, terms[3]!.tags] : null;
  });
}

/** At most three words between a speech verb and the opening mark: "praised the team's", "called it a". */
const SHORT_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/**
 * "Lund praised the side's “fighting spirit”, a quality that …": words a speech verb takes as its
 * object, directly or through a determiner and a possessor, are the speaker's, however the
 * sentence goes on. `textBefore`: the text right before the opening mark.
 */
export function spokenObject(textBefore: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of textBefore.matchAll(VERB_RE)) last = m;
  return !!last && SHORT_GAP.test(textBefore.slice(last.index + last[0].length));
}

/** Tags of a judging word: an adjective, the adverb before it, or the conjunction of a list. */
const JUDGING = ["Adjective", "Adverb", "Conjunction", "Comparative", "Superlative"];
const LOWER_LIST = /^\p{Ll}[\p{Ll}\s,'’-]*$/u;

/**
 * "condemned the “senseless, brutal and reckless” shelling", "a “truly historic” step": a lower-case
 * span of adjectives (an adverb or a list's conjunction besides) is a judgement, someone's words,
 * never the name of a kind of thing. compromise reads the span as a predicate ("it was <span>"), where
 * an adjective cannot pass for a noun's premodifier.
 */
export function judgingWords(inner: string): boolean {
  if (!LOWER_LIST.test(inner)) return false;
  const known = judged.get(inner);
  if (known !== undefined) return known;
  // a word the lexicon files only as another part of speech ("peace", "of", "the") settles it without parsing
  const verdict = !inner.split(/[\s,]+/).some(notJudging) && parsedJudging(inner);
  if (judged.size > 4096) judged.clear();
  judged.set(inner, verdict);
  return verdict;
}

/** Spans already read: the same words are read again across an outlet's articles. */
const judged = new Map<string, boolean>();

/** A word whose every lexicon tag is of another part of speech than a judgement's. */
function notJudging(word: string): boolean {
  const tags = word ? lexiconTags(word) : [];
  return tags.length > 0 && !tags.some((t) => JUDGING.includes(t));
}

/** compromise's reading of the span as a predicate: adjectives, with adverbs and a list's conjunction. */
function parsedJudging(inner: string): boolean {
  return keptReading("judging predicate", inner, () => {
    const terms = (nlp(`it was ${inner}`).json() as { terms: { tags: string[] }[] }[])[0]?.terms.slice(2) ?? [];
    return terms.length > 0 && terms.some((t) => t.tags.includes("Adjective")) && terms.every((t) => t.tags.some((g) => JUDGING.includes(g)));
  });
}
