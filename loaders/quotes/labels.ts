// Quotation marks around a name, a title or a term are not someone's words:
// the "foreign legion", a decree "On the registration of …", the “friends of
// the harbour”, an "undesirable" organization. The rule, in general form:
// a quoted span is a label when it has no sentence punctuation of its own and
//   1. a naming word governs it ("so-called", "dubbed", "decree", "labelling as a"), or
//   2. it is a short noun phrase (≤ 5 words) introduced by "the"
//      ("the “coalition of the willing”"), or
//   3. it is a short premodifier glued to the noun after it (an "undesirable" organization), or
//   3b. it is a lower-case term of ≤ 2 words after a noun's "of" inside a running sentence
//      (a demonstration of "silent dancing" last year; not after "accused them of"), or
//   4. it is short and nobody in its sentence or paragraph is said to speak, or
//   5. it is a title: a few words all capitalised but for short function words
//      ("The Glass Orchard", "La Maison du Nord", "Harbour Lights: The Return"), inside the reporter's sentence.
//   6. it is carried on a banner, a sign or a wall (signs.ts).
// Possessives ("Japan’s “strong support”") and speech verbs keep a span a quote.

import { onABearer, shownNotice } from "./signs.js";
import { conferredStatus, definedTerm, judgingWords, possessedPremodifier, spokenObject, theModifiedTerm } from "./terms.js";

const NAMING = new Set([
  "called", "dubbed", "titled", "entitled", "labelled", "labeled", "labelling", "labeling", "branded", "designated",
  "so-called", "nicknamed", "decree", "law", "bill", "act", "doctrine", "operation", "slogan", "motto", "campaign",
  "programme", "program", "term", "phrase", "word", "hashtag", "headline", "report", "strategy",
  "known", "named", "renamed", "commandment", "proverb", "maxim", "adage", "catchphrase", "idiom",
]);
/** Documents named by their subject after "on" or "against" ("a law on “…”", "the decree against “…”"). */
const LAWS = new Set(["law", "laws", "decree", "bill", "act", "resolution", "convention", "treaty"]);
const ON_SUBJECT = /^(?:on|against)$/;
/** Participles that name with "as" after a phrase of their own ("known locally as …"). */
const KNOWN_AS = new Set(["known", "nicknamed", "referred"]);
/** Works whose title may follow them; a title opens on a capital ("the film “offends …”" is a quote). */
const WORKS = new Set([
  "book", "film", "song", "novel", "album", "memoir", "documentary", "poem", "opera", "musical", "painting",
  "newspaper", "magazine", "sitcom",
]);

/** Verbs that give something a name, in the forms that take an object before "as". */
const NAMING_VERBS = new Set([
  "name", "names", "named", "brand", "brands", "branded", "branding", "label", "labels", "labelled", "labeled",
  "dub", "dubs", "dubbed", "term", "terms", "termed", "designate", "designates", "designated", "appoint", "appoints", "appointed",
]);

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const SUBTITLE_COLON = /:\s+(?=\p{Lu})/gu;
const LABEL_WORDS = /[\p{L}\p{N}’'-]+/gu;
const CAPITAL = /^\p{Lu}/u;
const TITLE_WORD = /^(?:\p{Ll}['’])?[\p{Lu}\p{N}]/u;
const COMPOUND = /^[\p{N}\p{Ll}]+-[\p{N}\p{Ll}-]+$/u;
const LOWER_TERM = /^\p{Ll}[\p{Ll}\s-]*$/u;
const LOWER_AFTER_WORD = /^\s\p{Ll}+/u;
const LOWER_AFTER = /^\s\p{Ll}/u;
const OWN_ARTICLE = /^(?:a|an|the)\s/u;
const HAS_LETTER = /\p{L}/u;
const STOPPED_TERM = /^\p{Ll}[\p{L}'’-]*(?:\s\p{Ll}[\p{L}'’-]*)?\.$/u;
/** A lower-case word, perhaps a comma, then blanks right before the opening mark: the span runs on a sentence. */
const MID_SENTENCE = /\p{Ll},?\s+$/u;

/** Words after a span that no premodifier is glued to: prepositions, relative pronouns, time adverbials. */
const NOT_A_NOUN_AFTER = /^\s(?:for|of|to|in|on|with|from|by|and|or|as|at|over|about|who|whom|whose|which|that|next|last|later|soon|today|tomorrow|yesterday|tonight|again|once|early)\b/u;

/** Prepositions a title may follow as their object. */
const TITLE_AFTER = new Set(["of", "in", "on", "from", "at", "for", "with", "about"]);

/** Short words a title leaves in lower case, in the languages news titles come in. */
const TITLE_SMALL = /^(?:a|an|the|of|and|or|in|on|at|to|for|from|with|by|into|over|as|is|de|du|des|la|le|les|el|los|las|del|da|di|von|van|der|und)$/;

function isTitle(raw: string, text: string, open: number): boolean {
  // A subtitle after a colon is part of the title ("Harbour Lights: The Return").
  const inner = raw.replace(SUBTITLE_COLON, " ");
  const ws = inner.split(/\s+/).filter(Boolean);
  if (ws.length > 8 || /[,.;:!?…]/.test(inner) || !CAPITAL.test(ws[0]!)) return false;
  if (!ws.every((w) => TITLE_WORD.test(w) || TITLE_SMALL.test(w))) return false;
  // A quotation opening its sentence or paragraph is someone's words, capitalised as a sentence is.
  return !/(?:^|[\n.!?:]\s*|[.!?]["”]\s*)$/u.test(text.slice(Math.max(0, open - 4), open));
}

export interface LabelContext {
  /** The article text, and the same with other quotations blanked (for the context words). */
  text: string;
  masked: string;
  textStart: number;
  textEnd: number;
  /** Offset of the opening mark and just after the closing one. */
  open: number;
  close: number;
  /** A speech verb was found for this span in its sentence or paragraph. */
  attributed: boolean;
}

/** An apposition after a name that says what kind of thing it names: ", the operation designed to …". */
const NAMED_THING_AFTER = /^\s*,?\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:operation|campaign|programme|program|plan|project|exercise|mission|initiative|treaty|accord|pact|law|bill|book|film|song|album|novel|play|show|series|strategy|doctrine|policy)\b/u;

/**
 * "the vote, which Varn called “a wake-up call”", "a plan he branded “reckless”": a naming verb with
 * a named or pronoun subject right before it and its object fronted is someone speaking, not a name
 * given ("a ship called “Victory”", "so-called “…”").
 */
// `(?<!\p{L})` tests what `(?:^|[^\p{L}])` would, without an alternative tried at each position of the window.
// "a ruling his lawyer called “…”": a person given by a possessive pronoun and a noun speaks too.
const SPEAKER_NAMES = /(?<!\p{L})(?:\p{Lu}[\p{L}'’-]+|he|she|they|we|I|(?:his|her|their)\s+\p{Ll}+)\s+(?:called|dubbed|branded|labell?ed|termed)\s*$/u;

/** What a sentence says of a word it mentions: "is a reference to", "refers to", "was the board's term for", "stands for". */
const MENTION_AFTER = /^["”'’]*,?\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:reference|term|word|euphemism|shorthand|acronym|abbreviation|synonym|nickname|codeword|code\s+word|slang|jargon)\b|(?:refers|referred|stands|stood)\s+(?:to|for)\b|(?:is|was)\s+short\s+for\b|means\b)/u;

const PREPOSITION_OPENING = /^(?:within|by|in|on|at|after|before|until|for|over|under|from|without|as soon as)\s+\p{Ll}/u;

/** "Varn's": a possessor between a naming word and the span. */
const POSSESSOR = /^\p{L}+['’]s$/u;
/** The last sentence end in a window of text: a full stop, marks, blanks, then no further full stop. */
const SENTENCE_END = /[.!?]['"”’]*\s+(?=[^.!?]*$)/;

/** The span's sentence before its opening mark: back to the last full stop or line break in 200 characters. */
function sentenceBefore(masked: string, open: number): string {
  const window = masked.slice(Math.max(0, open - 200), open);
  const ended = /(?:[.!?]['"”’]*\s+|\n)(?=[^.!?\n]*$)/u.exec(window);
  return ended ? window.slice(ended.index + ended[0].length) : window;
}

export function isLabel(c: LabelContext): boolean {
  const inner = c.text.slice(c.textStart, c.textEnd).trim();
  const n = inner.split(/\s+/).filter(Boolean).length;
  // only the words of the span's own sentence: "who refused to be named. “You can see …”" names nothing
  const window = c.masked.slice(Math.max(0, c.open - 40), c.open);
  const ended = SENTENCE_END.exec(window);
  const before = (ended ? window.slice(ended.index + ended[0].length) : window).toLowerCase().match(LABEL_WORDS) ?? [];
  const prev = before[before.length - 1] ?? "";
  // the naming word governs the span directly: "decree “…”", "so-called “…”", "labelled as a “…”"
  let k = before.length - 1;
  // "dubbed Varn's “boy hero”": a possessor between the naming word and the span is the named one's
  while (k > 0 && (/^(as|a|an|the)$/.test(before[k]!) || POSSESSOR.test(before[k]!))) k--;
  // "would be named “within days”": a lower-case span opening on a preposition says when or how, it is no name
  const named = NAMING.has(before[k] ?? "") && !(k === before.length - 1 && SPEAKER_NAMES.test(c.masked.slice(Math.max(0, c.open - 40), c.open))) && !PREPOSITION_OPENING.test(inner);
  // "a law on “foreign agents”": a document's subject after "on" or "against" is its name
  const documentOn = ON_SUBJECT.test(before[k] ?? "") && LAWS.has(before[k - 1] ?? "");
  if (n <= 12 && (named || documentOn || onABearer(before) || (WORKS.has(before[k] ?? "") && CAPITAL.test(inner)))) return true;
  if (shownNotice(sentenceBefore(c.masked, c.open))) return true;
  // "known on the island as Varn's “teacher”": a place or manner between "known" and its "as".
  if (n <= 5 && before.slice(k + 1).includes("as") && before.slice(Math.max(0, k - 4), k + 1).some((w) => KNOWN_AS.has(w))) return true;
  // "the eighth day of “Desert Harbour,” the operation to …": a name its apposition calls a thing.
  if (n <= 4 && CAPITAL.test(inner) && NAMED_THING_AFTER.test(c.masked.slice(c.close, c.close + 60))) return true;
  // "“Renewal” is a reference to …": a word the sentence goes on to explain is mentioned, not said.
  if (n <= 3 && !/[.!?]/.test(inner) && MENTION_AFTER.test(c.masked.slice(c.close, c.close + 60))) return true;
  // "moved to “7” from “5”": marks around a number or a symbol hold nobody's words.
  if (!HAS_LETTER.test(inner)) return true;
  const after = c.masked.slice(c.close, c.close + 60);
  const near = c.masked.slice(Math.max(0, c.open - 60), c.open);
  if (conferredStatus(inner, near)) return true;
  if ((definedTerm(inner, after) || possessedPremodifier(inner, near.slice(-30), after)) && !spokenObject(near)) return true;
  // "… or a “fatality.”": the reporter's stop set inside the marks of a word or two nobody is said to
  // speak ends the reporter's sentence, not a quoted one (rule 4 as without the stop).
  if (!c.attributed && STOPPED_TERM.test(inner) && MID_SENTENCE.test(c.text.slice(Math.max(0, c.open - 20), c.open))) return true;
  if (/[.!?…]$|[.!?]\s/.test(inner)) return false;
  // "appointed Ode as “treasurer”", "whom they label as “…”": a naming verb, its object, then "as".
  if (n <= 5 && prev === "as" && before.slice(-5, -1).some((w) => NAMING_VERBS.has(w))) return true;
  if (isTitle(inner, c.text, c.open)) return true;
  // "left the set of “Harbour Lights,” which …": a title after a preposition, its comma set inside the marks.
  // "whose last film was “The Lantern,” raised …": the same after a work's noun and its copula.
  const workIs = /^(?:is|was)$/.test(prev) && WORKS.has(before[before.length - 2] ?? "");
  if (inner.endsWith(",") && (TITLE_AFTER.has(prev) || workIs) && isTitle(inner.slice(0, -1), c.text, c.open)) return true;
  if (n > 5) return false;
  // "condemned the “senseless, brutal and reckless” shelling": a spoken judgement, not a kind named
  if (c.attributed && judgingWords(inner.replace(/[,.]$/, ""))) return false;
  // "the “coalition of the willing”", "the 30-nation “coalition …”"
  // "had made the last round “a lottery”": a span opening on its own article is a noun phrase apart, no head of the one before
  if (prev === "the" || (before[before.length - 2] === "the" && COMPOUND.test(prev)) || (theModifiedTerm(before, n) && !OWN_ARTICLE.test(inner))) return true;
  // "a demonstration of “yogic flying” last year": a two-word lower-case term governed by "of"
  // inside a running sentence names a thing, it does not reproduce anyone's words. After a verb
  // ("accused them of “war crimes” in …", "spoke of") the words are the speaker's: kept.
  const governor = before.slice(-3, -1);
  const verbal = governor.some((w) => /(?:ed|ing)$|^(?:spoke|speak|speaks|them|him|her|us|me|you|it)$/.test(w));
  if (prev === "of" && !verbal && n <= 2 && LOWER_TERM.test(inner) && LOWER_AFTER.test(after)) return true;
  // a premodifier glued to its noun (an “undesirable” organization); not a phrase that ends before
  // a preposition, a relative clause or a time adverbial ("at a “prudent level” next year")
  if (n <= 2 && !/[,;:]$/.test(inner) && LOWER_AFTER_WORD.test(after) && /^(a|an|the)$/.test(prev) && !NOT_A_NOUN_AFTER.test(after))
    return true;
  return !c.attributed;
}
