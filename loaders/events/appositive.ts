import type { ResolvedMention } from "../types.js";
import { clauseHasNoSubject } from "./gate.js";
import { isSubjectLike } from "./mentions.js";

// A name and a description set off by commas before the verb, either way round:
//   "Armenia's interior minister, Karl Steen, blamed …": the description opens the sentence and
//   the name after it is the subject (the clause reading cuts at the commas, so the verb's clause
//   has no subject of its own);
//   "Greece, Cyprus's closest ally, condemned Turkey": the name opens the sentence and the
//   description after it names someone else, the possessor nearest the verb, which is no subject.

/** A description: a determiner or a possessor, a few words, no clause of its own, closed by a comma. */
const DESCRIBED = String.raw`(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}['’]s?\s)[^,;:"“”()]{0,60},\s*$`;
/** The description opening a sentence (any case: "THE MINISTER, …"). */
const DESCRIPTION = new RegExp(String.raw`^\s*${DESCRIBED}`, "iu");
/** The description after a name, from its opening comma to the comma before the verb. */
const APPOSITION = new RegExp(String.raw`^\s*,\s*${DESCRIBED}`, "u");
/** Words that give a description a clause of its own: "The minister, who …", "Greece, which Turkey …,". */
const CLAUSE_WORD = /\b(?:who|whom|which|that|when|after|before|while|since|because|if|said|says|told|was|were|is|are|has|have|had)\b/iu;
/**
 * "The agency that runs the camps, X, said": a relative clause right after the description's
 * head noun is part of the description, not a clause of the sentence's own.
 */
const RELATIVE_OF_HEAD = /^(\s*(?:the|an?)\s+(?:[\p{Ll}-]+\s+){1,3})(?:that|who|which)\s/iu;
/** A name's short form after it: ", or RO" or "(RO)", capitals only. */
const SHORT_FORM = String.raw`(?:\s*,\s*or\s+\p{Lu}[\p{Lu}.]{1,9}|\s*\(\p{Lu}[\p{Lu}.]{1,9}\))`;
/** After the name: its short form if any, the closing comma, and the words before the verb. */
const SHORT_FORM_GAP = new RegExp(String.raw`^${SHORT_FORM}?\s*,([^,]*)$`, "u");
/** Between a name and its short form as a mention of its own. */
const OR_SHORT_BETWEEN = /^\s*(?:,\s*or|\()\s*$/u;
/** A preposition (and article) right before a name: the name sits in a phrase, not in the subject slot. */
const IN_PHRASE = /\b(?:to|of|at|for|in|from|with)\s+(?:the\s+)?$/u;
/** What may open the sentence before the subject: a fronted time phrase and its comma, an article. */
const OPENING = /^\s*(?:(?:[Oo]n|[Ii]n|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater|[Mm]eanwhile|[Ll]ast|[Tt]his)\b[^,;:]{0,40},\s*)?(?:[Tt]he\s+)?$/u;

/**
 * The index in `ms` of the name in apposition to the description that opens the sentence, when
 * only its closing comma (and adverbs) stand between it and the verb at `verbAt`; -1 when none.
 */
export function appositiveSubject(text: string, ms: ResolvedMention[], sentenceStart: number, verbAt: number): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > verbAt) continue;
    if (m.start < sentenceStart || (m.kind !== "person" && m.kind !== "organization")) return -1;
    // "…, the Relief Office, or RO, objected": the short form that follows a name is that name.
    const prev = ms[i - 1];
    if (prev && prev.actor === m.actor && OR_SHORT_BETWEEN.test(text.slice(prev.end, m.start))) continue;
    const gap = SHORT_FORM_GAP.exec(text.slice(m.end, verbAt));
    if (!gap || !clauseHasNoSubject(gap[1]!)) return -1;
    // ("The agency, the Relief Office, said": an article may open the name's phrase.)
    const lead = text.slice(sentenceStart, m.start).replace(/,\s*the\s+$/iu, ", ");
    return DESCRIPTION.test(lead) && !CLAUSE_WORD.test(lead.replace(RELATIVE_OF_HEAD, "$1")) ? i : -1;
  }
  return -1;
}

/**
 * The index in `ms` of the name an apposition naming someone else describes, when the apposition
 * ends at the comma right before the verb at `verbAt` and the name opens the sentence; -1 when none.
 */
export function subjectBeforeApposition(text: string, ms: ResolvedMention[], sentenceStart: number, verbAt: number): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > verbAt) continue;
    if (m.start < sentenceStart) return -1;
    const gap = text.slice(m.end, verbAt);
    // A name inside the apposition (the possessor) has no comma right after it: look further back;
    // nor is one closing it inside a phrase of it ("Sweden's envoy to the United Nations,").
    if (!/^\s*,/u.test(gap) || (/^\s*,\s*$/u.test(gap) && IN_PHRASE.test(text.slice(Math.max(sentenceStart, m.start - 12), m.start)))) continue;
    if (!APPOSITION.test(gap) || CLAUSE_WORD.test(gap)) return -1;
    return m.kind !== "place" && OPENING.test(text.slice(sentenceStart, m.start)) && isSubjectLike(text, m, sentenceStart) ? i : -1;
  }
  return -1;
}
