import type { ResolvedMention, Sentence } from "../types.js";
import { IRREGULAR_PAST } from "./organ-heads.js";
import { speakerPronoun } from "./speaker-pronoun.js";
import { matchesOf } from "../text/matches.js";
import { readsAsAscii } from "../text/ascii.js";

// "Rebels freed the hostages", "trade unions demanded …", "a court sentenced two": the act is
// told and its doer is a group the text does not name. The guide codes such a source as null
// (no listed actor fits), so the row keeps a null source and says who acted in `source_text`
// (an added column: the contract's columns stay as they are). The events stage reads these
// phrases as mentions with an id no actor row can have, and turns them back into words when
// it writes the row.

/** Marks a mention's actor id as an unnamed agent's words: actor ids are slugs, never starting so. */
const UNNAMED = "~";

export const isUnnamedAgent = (id: string | null | undefined): id is string => !!id && id.startsWith(UNNAMED);
/** The words of an unnamed agent's id ("trade unions"). */
export const unnamedWords = (id: string): string => id.slice(UNNAMED.length);

/** Crowds: people acting as citizens or workers, not an armed body or a state organ (crowds.ts reads their protests). */
export const CROWDS = "protesters|protestors|demonstrators|rioters|strikers|workers|unions|miners|students|farmers|activists";

/**
 * Common nouns for a group that acts in the news without a name: armed groups, crowds and
 * workers' bodies, and the organs of a state (whose state, when one is found, organs.ts gives).
 * Plural or collective only: one unnamed person ("a rebel", "a worker") is a private act. Not
 * the words for both sides' envoys at a table ("negotiators", "diplomats", "delegates"): they
 * are no one party.
 */
const HEADS =
  `(?:guerrilla|rebel|militant|armed|separatist|insurgent)\\s+groups?|(?:human\\s+)?rights\\s+groups|(?:security|government|rebel|opposition|paramilitary)\\s+forces|rebels|guerrillas|militants|insurgents|separatists|militiamen|militias?|fighters|${CROWDS}|investigators|prosecutors|police|troops|soldiers|officials|authorities|courts?|judges?|ministers|leaders|lawmakers|legislators|peacekeepers|people`;
/** One word that may stand before the head inside the phrase ("trade unions", "ministry officials", "armed rebels"). */
const MODIFIERS =
  "trade|labou?r|ministry|government|elected|senior|local|armed|opposition|rebel|faction|party|tribal|clan|militia|guerrilla|striking|angry|separatist|foreign|state|security|federal|military|a|the";
const PHRASE = new RegExp(`\\b((?:(?:${MODIFIERS})\\s+){0,2}(?:${HEADS}))\\b`, "giu");
// The words are ASCII: without the u flag the scan is several times cheaper, and the flag only
// changes what folds onto an ASCII letter ("ſ", the Kelvin sign), so an article holding either keeps it (text/ascii.ts).
const PHRASE_ASCII = new RegExp(PHRASE.source, "gi");

/**
 * "Workers at a steel plant went on strike", "students from the university rallied": where a
 * crowd works or studies may stand between it and its verb.
 */
const WORKPLACE = "(?:\\s+(?:at|from)\\s+(?:the|a|an|two|three|several|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:plants?|factory|factories|mines?|mills?|ports?|docks|shipyards?|refinery|works|university|universities|college|schools?|hospitals?)\\b)?";
const WORKPLACE_AT = new RegExp(`^${WORKPLACE}`, "iu");
/**
 * "Thousands of protesters", "hundreds of students", "2,000 miners": a crowd counted at its
 * clause's opening is still its subject. A few ("three rebels surrendered") are persons, not a body.
 */
const COUNT_OF = /(?:\b(?:tens|hundreds)\s+of\s+)?\b(?:thousands|hundreds|dozens|scores|several\s+(?:hundred|thousand)|(?:(?:\d{3,}|\d{1,3}(?:,\d{3})+)\s+(?:to|and|or)\s+)?(?:\d{3,}|\d{1,3}(?:,\d{3})+))\s+(?:of\s+)?$/iu;
/**
 * A finite verb or auxiliary right after the phrase, past a time adverbial ("police a week ago
 * detained …", "rebels last week attacked …"): the phrase is its clause's subject.
 */
const TIME_BETWEEN = "(?:\\s+(?:(?:about|some|nearly|almost)\\s+)?(?:a|an|one|two|three|four|five|six|several|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago|\\s+last\\s+(?:week|month|year|night|\\p{Ll}+day)|\\s+earlier|\\s+recently)?,?";
const VERB_FOLLOWS = new RegExp(
  `^${WORKPLACE}${TIME_BETWEEN}\\s+(?:(?:who|has|have|had|was|were|is|are|will|would|did|could|can|may|might|must|should|also|then|later|on|yesterday|today|${IRREGULAR_PAST.join("|")})\\b|\\p{Ll}+ed\\b)`,
  "iu",
);
/** "The ministers were asked …": a passive's subject is acted on, not acting. */
const PASSIVE_FOLLOWS = new RegExp(`^${TIME_BETWEEN}\\s+(?:(?:was|were|is|are|being)|(?:had|has|have)\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+(?:ed|en|wn)|${IRREGULAR_PAST.join("|")})\\b`, "iu");
/** "Officials said …": a speaker reports acts, it does not do them (the role reader falls back on it). */
const SPEECH_FOLLOWS = /^\s+(?:(?:also|later|then|have|had|has)\s+)?(?:said|say|says|told|added|reported|stated|quoted|noted|described|believed|estimated|declined|warned|cautioned|announced|confirmed|claimed|insisted|explained|argued|alleged|feared|expected|suspected|predicted|acknowledged|admitted|refused\s+to\s+(?:comment|say))\b/iu;
/** What may not stand right before the phrase: a name or demonym, a possessive, "of", a count. */
const OWNED_BEFORE = /(?:\p{Lu}[\p{L}.-]*|['’]s?|\b(?:its|their|his|her|our|my|your|of|whose|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|hundreds|thousands|\d[\d,]*))\s*$/u;
/** A count right before a people's adjective ("25 Kurdish rebels"). */
const COUNTED_BEFORE = /(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|several|some|\d[\d,]*))\s+$/iu;
/** An adjective of a people or a creed right before the phrase: "Kurdish", "Palestinian", "Iraqi", "Moslem", "Maoist", "Kurd". */
// (The lookahead spares the lookbehind at every position where no capital stands: the same matches.)
// Peoples and creeds whose name has none of those endings stand in a closed list ("Kurd rebels", "Hutu militiamen").
const PEOPLE_BEFORE = /(?=\p{Lu})(?<![\p{L}.-])(\p{Lu}\p{Ll}+(?:ian|ish|ese|i|an|ic|em|im|ist|ite)|Kurd|Serb|Croat|Greek|Turk|Czech|Tamil|Hutu|Tutsi|Sikh|Hindu|Shia|Sunni|Druze|Basque|Uzbek|Tajik|Kazakh|Pashtun|Baluch|Karen|Zulu|Berber|Arab|Chechen|Tatar|Khmer|Tuareg|Maronite)\s+$/u;

/** Where a people's adjective before `at` begins, when no mention stands on it (a mention is a named actor, read as such). */
function peopleBefore(text: string, at: number, ms: readonly ResolvedMention[]): number | null {
  const m = PEOPLE_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  if (!m) return null;
  const start = at - m[0].length;
  return ms.some((x) => x.start < at && start < x.end) ? null : start;
}
/**
 * What stands before a subject that opens its clause: punctuation, a conjunction, a report verb.
 * A noun before the phrase makes it a compound ("fire department officials", "dock workers"),
 * whose head names no political group.
 */
const CLAUSE_OPENS = /(?:^|[,;:(\u2014\u2013"“]|\s-|\b(?:and|but|or|that|when|after|before|while|as|because|since|where|until|if|then|said|says|say|told|reported|added)\s*)\s*$/iu;
/** "The Harrow Front, a militant group, said …": a phrase set off after a name describes it and names no one else. */
function apposed(text: string, from: number, ms: readonly ResolvedMention[]): boolean {
  let i = from;
  while (i > 0 && text[i - 1] === " ") i--;
  if (text[i - 1] !== ",") return false;
  const comma = i - 1;
  return ms.some((m) => m.end <= comma && comma - m.end <= 1);
}
/** Where the count before a crowd phrase at `from` begins ("thousands of protesters"), or null. */
function countedOpening(text: string, sentenceStart: number, from: number): number | null {
  const m = COUNT_OF.exec(text.slice(Math.max(sentenceStart, from - 40), from));
  return m ? from - m[0].length : null;
}
/** A passive's agent: "freed by rebels". */
const BY_BEFORE = /\bby\s+$/iu;
/** The sentence's first word is capitalised by position, not as a name. */
const OPENING = /^[\s"“'‘(-]*$/u;

/**
 * Unnamed agents of a sentence: a listed group phrase that is a clause's subject (a finite verb
 * follows, not a speech verb) or a passive's agent ("by rebels"), where no other mention stands.
 */
export function unnamedAgentMentions(text: string, s: Sentence, article: string, index: number, ms: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const seg = text.slice(s.start, s.end);
  for (const m of matchesOf(!readsAsAscii(text) ? PHRASE : PHRASE_ASCII, seg)) {
    const from = s.start + m.index!, end = from + m[1]!.length;
    const phrase = m[1]!.replace(/^(?:an?|the)\s+/iu, "");
    const start = end - phrase.length;
    if (!phrase.trim() || ms.some((x) => x.start < end && start < x.end) || apposed(text, from, ms)) continue;
    const counted = countedOpening(text, s.start, from);
    // "People" is a crowd only when counted in the hundreds ("thousands of people marched").
    if (counted === null && /people$/iu.test(phrase)) continue;
    // A capital inside the phrase is a name's part ("the Trade Unions Congress"), except the sentence's first word.
    const atOpening = OPENING.test(text.slice(s.start, counted ?? from));
    if (/\p{Lu}/u.test(atOpening ? m[1]!.slice(1) : m[1]!)) continue;
    const before = text.slice(Math.max(s.start, (counted ?? from) - 30), counted ?? from);
    const after = text.slice(end, Math.min(s.end, end + 80));
    const agent = BY_BEFORE.test(before);
    const pronoun = agent ? null : speakerPronoun(text, end, s.end, /(?:s|police)$/iu.test(phrase));
    if (!agent && !pronoun && (!VERB_FOLLOWS.test(after) || SPEECH_FOLLOWS.test(after) || PASSIVE_FOLLOWS.test(after))) continue;
    // The organ reader (organs.ts) may already have made the pronoun its state's.
    if (pronoun && ms.some((x) => x.start < pronoun.end && pronoun.start < x.end)) continue;
    // "Kurdish rebels", "Tamil guerrillas": a people's adjective no mention stands on is part of the words.
    const people = atOpening ? null : peopleBefore(text, from, ms);
    if (!agent && !atOpening && people === null && (OWNED_BEFORE.test(before) || !CLAUSE_OPENS.test(before))) continue;
    // "25 Kurdish rebels killed in clashes": a few counted are persons (often the dead), as without the adjective.
    if (people !== null && COUNTED_BEFORE.test(text.slice(Math.max(s.start, people - 20), people))) continue;
    const first = people ?? start;
    const words = text.slice(first, end).replace(/\s+/gu, " ");
    const actor = UNNAMED + (people !== null ? words : words.toLowerCase());
    // "Rebels said they had …": the group is the reported clause's subject, at its pronoun.
    if (pronoun) out.push({ article, actor, start: pronoun.start, end: pronoun.end, text: text.slice(pronoun.start, pronoun.end), sentence: index, kind: "group" });
    else {
      // "Workers at a steel plant went …": the mention runs over where they work, so the verb follows it straight.
      const through = end + (WORKPLACE_AT.exec(after)?.[0].length ?? 0);
      out.push({ article, actor, start: first, end: through, text: text.slice(first, through), sentence: index, kind: "group" });
    }
  }
  return out;
}
