import { lexiconTags } from "../text/compromise.js";

// Headline grammar: "Minister X to visit Y", "Rebel chiefs to meet envoy": a noun phrase and a
// bare "to" with no finite verb before it announces what is to come, as "will" would. In running
// prose the same "to" follows a verb ("urged X to visit", "is the first minister to visit"), which
// a verb form, a copula or a superlative before it shows.

/** The words a headline's subject may hold, ending in a bare "to" right before the trigger. */
const SUBJECT_TO = /^[\s"“'‘(-]*((?:[\p{L}\p{N}.'’&-]+\s+){1,8})to\s+$/u;

/** compromise tags of a word that is, or may be, a verb form: such a word makes the "to" a complement. */
const VERB_TAGS = new Set(["Verb", "PresentTense", "PastTense", "Infinitive", "Gerund", "Copula", "Modal", "Auxiliary", "Participle", "PerfectTense", "Pluperfect", "FutureTense"]);

/** Words before a "to" of purpose or degree in prose: "the first / only / last X to visit". */
const NOT_HEADLINE = new Set(["first", "last", "only", "next", "latest", "second", "third", "enough", "too", "who", "which", "that", "in", "order", "so", "as"]);

/** Verbs of a headline's credit before the subject: "<Source> says X to visit Y". */
const HEADLINE_SPEECH = new Set(["says", "said", "reports", "sees", "expects", "claims"]);

/** Lower-case words that may stand in a headline's subject: a known noun or adjective, no verb form. */
function subjectWord(word: string): boolean {
  if (/^\p{Lu}|^\p{N}/u.test(word)) return true;
  const low = word.toLowerCase().replace(/['’]s$/u, "");
  if (NOT_HEADLINE.has(low) || /(?:ed|ing)$/u.test(low)) return false;
  const tags = lexiconTags(low);
  return tags.length > 0 && !tags.some((t) => VERB_TAGS.has(t));
}

/**
 * Whether a verb trigger is announced in headline grammar: `before` is its sentence up to it. The
 * word right before "to" is capitalised (the subject's name) or a plural noun ("chiefs").
 */
export function headlineInfinitive(before: string): boolean {
  if (!before.endsWith("to ")) return false;
  const m = SUBJECT_TO.exec(before);
  if (!m) return false;
  // "Paper says Norland to withdraw troops": a headline's credit before the subject is no part of it.
  const all = m[1]!.trim().split(/\s+/u);
  const credited = all.findIndex((w) => HEADLINE_SPEECH.has(w.toLowerCase()));
  const words = credited >= 0 && credited < all.length - 1 ? all.slice(credited + 1) : all;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last) && !lexiconTags(last.toLowerCase()).includes("Plural")) return false;
  return words.every(subjectWord);
}
