import { distance } from "fastest-levenshtein";

// Lines that are about the article rather than of it: the headline, the byline,
// a dateline-only line, a related story's headline dropped into the text.

/** Labels sites append or prepend to headlines; upper case only, so words of the headline never match. */
const LABEL_WORDS = "PHOTOS?|VIDEOS?|GALLERY|AUDIO|LIVE|UPDATED?|INFOGRAPHICS?|MAPS?|INTERACTIVE|PODCAST|WATCH|LISTEN|EXCLUSIVE|BREAKING|OPINION|ANALYSIS";
const TRAILING_LABEL = new RegExp(`(?:\\s*[|:–—-]|\\s*\\+)?\\s*[\\[(]?\\+?(?:${LABEL_WORDS})(?:\\s*\\+\\s*(?:${LABEL_WORDS}))*[\\])]?$`, "u");
const LEADING_LABEL = new RegExp(`^[\\[(]?(?:${LABEL_WORDS})[\\])]?\\s*[:|–—-]\\s*`, "u");

/** "Talks resume in Geneva PHOTO" → "Talks resume in Geneva". */
export function stripSiteLabel(line: string): string {
  const stripped = line.replace(TRAILING_LABEL, "").replace(LEADING_LABEL, "").trim();
  return stripped.length >= 3 ? stripped : line.trim();
}

const fold = (s: string) =>
  s.normalize("NFKC").toLowerCase().replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟«»]/g, '"').replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();

/** True when `line` is the given title, allowing a site label and small differences in spelling. */
export function isTitleLine(line: string, title: string): boolean {
  const a = fold(stripSiteLabel(line)), b = fold(stripSiteLabel(title));
  if (!a || !b) return false;
  if (a === b) return true;
  const longest = Math.max(a.length, b.length);
  return longest >= 12 && distance(a, b) / longest <= 0.12;
}

// The closing marks after a sentence's stop include the wire's two apostrophes (``…''); one alone may be a data line's.
const TERMINAL = /[.!?…](?:["”’»)\]]|'')*$/u;

export function endsLikeSentence(line: string): boolean {
  return TERMINAL.test(line);
}

/** A first line that reads as a headline: a few words, capitalised, no closing full stop. */
export function isHeadlineLike(line: string): boolean {
  const t = stripSiteLabel(line);
  const words = t.split(/\s+/).filter(Boolean).length;
  if (words < 3 || words > 25 || t.length > 200) return false;
  if (/[.,;:]["”’»)\]]*$/u.test(t)) return false;
  return /^["“‘'(\[]?[\p{Lu}\p{N}]/u.test(t);
}

const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PARTICLE = String.raw`(?:de|da|di|du|del|der|van|von|al|el|bin|ibn|la|le|dos|das|y)`;
const PERSON = String.raw`${NAME}(?:\s+(?:${PARTICLE}\s+)?${NAME}){0,3}`;
const AFFILIATION = String.raw`(?:\s*[,|·•–—-]\s*(?:[\p{Lu}\d][\p{L}\d'’.:/&-]*\s*){1,6})?`;
const BYLINE = new RegExp(
  String.raw`^(?:(?:written|posted|reported|words|story|text|report)\s+)?by:?\s+(${PERSON}(?:\s*(?:,|and|&)\s*${PERSON}){0,4})${AFFILIATION}$|^(?:author|authors|byline):\s*(${PERSON}(?:\s*(?:,|and|&)\s*${PERSON}){0,4})${AFFILIATION}$`,
  "iu",
);
// Words that follow "By" in prose ("By Monday, ...", "By The end"): not names.
const NOT_NAMES = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "then", "now",
  "contrast", "comparison", "law", "early", "late", "midday", "noon", "tonight", "tomorrow", "today",
]);

/** The names in a byline line ("By Jane Doe, Reuters" → "Jane Doe"), or null when the line is not a byline. */
export function bylineOf(line: string): string | null {
  const t = line.trim();
  if (t.length > 120 || endsLikeSentence(t) && !/\b\p{Lu}\.$/u.test(t)) return null;
  // The name part must be capitalised even though "by" may not be.
  const m = BYLINE.exec(t);
  if (!m) return null;
  const names = (m[1] ?? m[2])!.trim();
  if (!/^\p{Lu}/u.test(names)) return null;
  const first = names.split(/\s+/)[0]!.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (NOT_NAMES.has(first)) return null;
  // The case-insensitive regex lets lower-case words through as NAME: insist on capitals.
  for (const w of names.split(/\s*(?:,|&|\band\b)\s*|\s+/u)) {
    if (w && !/^\p{Lu}/u.test(w) && !new RegExp(`^${PARTICLE}$`, "u").test(w)) return null;
  }
  return names;
}

const MONTHS = "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december";
const DAYS = "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday";
const META_WORDS = new Set(
  `${MONTHS} ${DAYS} ago just now today yesterday updated update published posted last on at read min mins minute minutes
sec secs second seconds hr hrs hour hours day days week weeks month months year years am pm a.m p.m gmt utc bst cet cest est edt pst pdt msk eet eest ist jst kst
comments comment views view shares share likes replies reading time th st nd rd of`.split(/\s+/),
);

/**
 * A line made only of date, time, counts and words like "updated"/"ago":
 * "6 hours ago 1", "Updated: 16 November 2024, 10:32 GMT", "5 min read".
 */
export function isMetaLine(line: string): boolean {
  const tokens = line.toLowerCase().split(/[\s,|·•:/()\[\]–—-]+/u).filter(Boolean);
  if (!tokens.length || tokens.length > 14) return false;
  let anchor = false;
  for (const tok of tokens) {
    const w = tok.replace(/\.$/, "");
    if (/^\d+(?:st|nd|rd|th|h|m|am|pm|\.\d+)?$/.test(w)) { anchor = true; continue; }
    if (!META_WORDS.has(w)) return false;
    if (w === "ago" || w === "yesterday" || w === "today" || w === "updated" || w === "published") anchor = true;
  }
  return anchor;
}

/**
 * A related story's headline dropped into the text: several words, Title Case
 * (most longer words capitalised), no closing punctuation. Sentence-case
 * cross-heads ("They also discuss further sanctions …") are not.
 */
export function isTitleCaseHeadline(line: string): boolean {
  const t = line.trim();
  if (/[.!?…,;:]["”’»)\]]*$/u.test(t)) return false;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length < 5 || words.length > 20) return false;
  const content = words.slice(1).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((w) => w.length >= 4);
  if (content.length < 3) return false;
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}
