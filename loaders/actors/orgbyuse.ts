import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";
import { isLetterOrDigit } from "../text/scan.js";

// "Corvale said it would appeal … protesters outside the Corvale headquarters": out of context the
// tagger reads a firm's one-word name before "said" as a person's, or after "of" as a place's. Somewhere in the article the
// name is used as only a firm's is (its shares, its chief executive, its headquarters), and then
// every reading of that word as a person is the firm. So is a club's: only a team has strikers and
// goalkeepers ("Corvale striker Ana Lima"), wherever the tagger placed its town.

const FIRM_NOUNS = "chief executive|chief executive officer|CEO|subsidiary|subsidiaries|headquarters|board of directors|shareholders";
/** "X's shareholders", "X shares rose" ("X's shares" may be a person's holding), "X shareholders". */
const USES = [
  new RegExp(String.raw`^['’]s\s+(?:${FIRM_NOUNS})\b`),
  // "X shareholders voted", "one of X's largest investors": only a firm has holders of its stock
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:shareholders|stockholders|investors)\b/u,
  /^\s+(?:shareholders|stockholders)\b/u,
  /^\s+(?:striker|midfielder|defender|goalkeeper|winger|playmaker|centre-back|center-back|full-back)\b/u,
  new RegExp(String.raw`^\s+(?:shares|stock)\s+(?:rose|fell|jumped|slid|slumped|climbed|dropped|gained|lost|closed|ended|were|traded)\b`),
];
const THE_BEFORE = /\bthe\s+$/i;
const FIRM_AFTER = new RegExp(String.raw`^\s+(?:headquarters|subsidiary|plant|factory|refinery|mine|board)\b`);
const SHARES_OF = /\bshares\s+(?:of|in)\s+$/i;

/** Whether the article, anywhere, uses the word as only a firm's name is used. */
function usedAsFirm(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if ((at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) || (end < text.length && isLetterOrDigit(text.charCodeAt(end)))) continue;
    const after = text.slice(end, end + 40), before = text.slice(Math.max(0, at - 16), at);
    if (USES.some((re) => re.test(after)) || (THE_BEFORE.test(before) && FIRM_AFTER.test(after)) || SHARES_OF.test(before)) return true;
  }
  return false;
}

/**
 * A one-word person, or a place the gazetteer does not know ("Shares of Xylo slumped"), is
 * the firm when the article uses its word as a firm's.
 */
const readAsPlace = (s: NameSpan, word: string) => s.type === "LOC" && !gazetteer().exact.has(word);
const candidate = (toks: readonly Tok[], s: NameSpan) => s.b - s.a === 1 && (s.type === "PER" || readAsPlace(s, toks[s.a]!.text));

/** The tagger's one-word persons and unknown places whose word the article uses as a firm's, read as organisations. */
export function orgByUse(text: string, toks: readonly Tok[], names: NameSpan[]): NameSpan[] {
  const words = new Set(names.filter((s) => candidate(toks, s)).map((s) => toks[s.a]!.text));
  const firms = [...words].filter((w) => usedAsFirm(text, w));
  if (!firms.length) return names;
  return mapSpans(names, (s) => (candidate(toks, s) && firms.includes(toks[s.a]!.text) ? retyped(s, "ORG") : s));
}
