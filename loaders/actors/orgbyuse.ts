import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Candidate } from "./candidate.js";
import type { Tok } from "./tok.js";
import { isLetterOrDigit } from "../text/scan.js";
import { FIRM_ONLY_KINDS } from "./lexicon/orgs.js";

// "Corvale said it would appeal … protesters outside the Corvale headquarters": out of context the
// tagger reads a firm's one-word name before "said" as a person's, or after "of" as a place's. Somewhere in the article the
// name is used as only a firm's is (its shares, its chief executive, its headquarters), and then
// every reading of that word as a person is the firm. So is a club's: only a team has strikers and
// goalkeepers ("Corvale striker Ana Lima"), wherever the tagger placed its town.

const FIRM_NOUNS = "chief executive|chief executive officer|CEO|subsidiary|subsidiaries|headquarters|board of directors|shareholders";
/** "X's shareholders", "X shares rose" ("X's shares" may be a person's holding), "X shareholders". */
const USES = [
  new RegExp(String.raw`^['’]s\s+(?:(?:former|new|outgoing|acting|interim)\s+)?(?:${FIRM_NOUNS})\b`),
  // "X shareholders voted", "one of X's largest investors": only a firm has holders of its stock
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:shareholders|stockholders|investors)\b/u,
  /^\s+(?:shareholders|stockholders)\b/u,
  // "X chief executive Ana Lima", "X chief commercial officer Ana Lima": a firm's officer named after it
  /^\s+(?:chief\s+executive|CEO|chairman|chairwoman|president|chief(?:\s+\p{Ll}+){1,2}\s+officer)\s+\p{Lu}/u,
  /^\s+(?:striker|midfielder|defender|goalkeeper|winger|playmaker|centre-back|center-back|full-back)\b/u,
  new RegExp(String.raw`^\s+(?:shares|stock)\s+(?:rose|fell|jumped|slid|slumped|climbed|dropped|gained|lost|closed|ended|were|traded)\b`),
];
/** "X, part-owned by the state, …": what is owned is a business (or a ship: only a "person" is read by it). */
const OWNED_AFTER = /^,\s+(?:(?:part|partly|majority|wholly|jointly|state)[- ])?owned\s+by\b/u;
const THE_BEFORE = /\bthe\s+$/i;
const FIRM_AFTER = new RegExp(String.raw`^\s+(?:headquarters|subsidiary|plant|factory|refinery|mine|board)\b`);
const SHARES_OF = /\bshares\s+(?:of|in)\s+$/i;
/** "a former Corvale executive", "a Corvale employee": one of a firm's staff, named by the firm before the noun. */
const STAFF_BEFORE = /\b(?:an?|former)\s+$/i;
const STAFF_AFTER = /^\s+(?:executive|employee|engineer)s?\b/u;
/** "Insurer Corvale Mutual said", "said carmaker Corvale": a kind only a firm is, right before the whole name (not "carrier Corvale Air"'s town). */
const NAME_GOES_ON = /^\s+\p{Lu}/u;
const KIND_BEFORE = new RegExp(String.raw`\b(?:${FIRM_ONLY_KINDS.join("|")})\s+$`, "i");
/** "Quillo parent Corvale": a firm's owning company. */
const PARENT_BEFORE = /\bparent\s+$/u;
/**
 * "Corvale beat Tarvo United 2-1", "lost to Corvale 0-3": only a team wins or loses by one score; a player
 * wins by sets or games ("beat Ana Lima 6-3 7-6(4)"), two scores or more.
 */
const WON_AFTER = /^\s+(?:beat|defeated|edged|thrashed|routed|drew\s+with|drew|lost\s+to|lost)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\d{1,2}-\d{1,2}\b(?![\s,;]*(?:\(\d+\)\s*)?\d{1,2}-\d{1,2})/u;
const WON_BEFORE = /\b(?:beat|defeated|edged|thrashed|routed|with|to)\s+$/u;
const SCORE_AFTER = /^\s+\d{1,2}-\d{1,2}\b(?![\s,;]*(?:\(\d+\)\s*)?\d{1,2}-\d{1,2})/u;
/** "… said Corvale manager X": a club's or a firm's manager, away from a sentence's start, where a capital says nothing. */
const MANAGER_AFTER = /^\s+(?:manager|coach|head\s+coach)\s+\p{Lu}/u;
/** "Corvale team principal X said": only a team has one, at a sentence's start too, whoever else is named. */
const TEAM_OFFICER_AFTER = /^\s+team\s+(?:principal|boss|manager|director|owner)\s+\p{Lu}/u;
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** How the article, anywhere, uses the word as only a firm's ("firm") or a team's ("team") name is used; null if never. */
function usedAsFirm(text: string, word: string, owned = false): "firm" | "team" | null {
  let team = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if ((at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) || (end < text.length && isLetterOrDigit(text.charCodeAt(end)))) continue;
    const after = text.slice(end, end + 40), before = text.slice(Math.max(0, at - 16), at);
    if (USES.some((re) => re.test(after)) || (owned && OWNED_AFTER.test(after)) || (THE_BEFORE.test(before) && FIRM_AFTER.test(after)) || SHARES_OF.test(before)) return "firm";
    if ((STAFF_BEFORE.test(before) && STAFF_AFTER.test(after)) || PARENT_BEFORE.test(before) || (KIND_BEFORE.test(before) && !NAME_GOES_ON.test(after))) return "firm";
    if (WON_AFTER.test(after) || (WON_BEFORE.test(before) && SCORE_AFTER.test(after))) team = true;
    if (TEAM_OFFICER_AFTER.test(after)) return "firm";
    if (MANAGER_AFTER.test(after) && !SENTENCE_START.test(before)) team = true;
  }
  return team ? "team" : null;
}

/** Whether the article uses the word as a firm's, or as a team's where no person named in full holds the word. */
function firmWord(text: string, word: string, personal: ReadonlySet<string>): boolean {
  const use = usedAsFirm(text, word);
  return use === "firm" || (use === "team" && !personal.has(word));
}

/**
 * A one-word person, or a place the gazetteer does not know ("Shares of Xylo slumped"), is
 * the firm when the article uses its word as a firm's.
 */
const readAsPlace = (s: NameSpan, word: string) => s.type === "LOC" && !gazetteer().exact.has(word);
const candidate = (toks: readonly Tok[], s: NameSpan) => s.b - s.a === 1 && (s.type === "PER" || readAsPlace(s, toks[s.a]!.text));
/** "Sky Tessel chief commercial officer Ana Lima": a "person" of several words used as only a firm is, never a team's. */
const several = (text: string, s: NameSpan) =>
  s.b - s.a > 1 && (s.type === "PER" || s.type === "MISC") && !s.titled && !gazetteer().exact.has(text.slice(s.start, s.end));

/** The tagger's one-word persons and unknown places whose word the article uses as a firm's, read as organisations. */
export function orgByUse(text: string, toks: readonly Tok[], names: NameSpan[]): NameSpan[] {
  const words = new Set(names.filter((s) => candidate(toks, s)).map((s) => toks[s.a]!.text));
  if (!words.size && !names.some((s) => several(text, s))) return names;
  // a word of a person named in full wins by a score as that person ("Ana Lima … Lima beat Ode 2-0" in a sprint's results)
  const personal = new Set<string>();
  for (const s of names) if (s.type === "PER" && s.b - s.a > 1) for (let k = s.a; k < s.b; k++) personal.add(toks[k]!.text);
  const firms = [...words].filter((w) => firmWord(text, w, personal));
  // each name once; "owned by" counts where any reading of it is a person's
  const read = new Map<string, boolean>();
  for (const s of names) if (several(text, s)) read.set(text.slice(s.start, s.end), read.get(text.slice(s.start, s.end)) === true || s.type === "PER");
  const long = new Set([...read].filter(([w, per]) => usedAsFirm(text, w, per) === "firm").map(([w]) => w));
  if (!firms.length && !long.size) return names;
  return mapSpans(names, (s) => ((candidate(toks, s) && firms.includes(toks[s.a]!.text)) || (several(text, s) && long.has(text.slice(s.start, s.end))) ? retyped(s, "ORG") : s));
}

/**
 * A capitalised word the rules guessed a person with no evidence ("Corvale beat Tarvo United 2-1" where the
 * tagger saw no name) is the firm or club the article uses its word as, and no longer a guess.
 */
export function firmsByUse(doc: { text: string }, cands: Candidate[]): Candidate[] {
  const guess = (c: Candidate) => c.via === "single" && c.weak && c.kind === "person";
  if (!cands.some(guess)) return cands;
  const personal = new Set(cands.filter((c) => c.kind === "person" && /\s/.test(c.name)).flatMap((c) => c.name.split(/\s+/)));
  const seen = new Map<string, boolean>();
  const firm = (c: Candidate) => guess(c) && (seen.get(c.text) ?? seen.set(c.text, firmWord(doc.text, c.text, personal)).get(c.text)!);
  return cands.some(firm) ? cands.map((c) => (firm(c) ? { ...c, kind: "organization" as const, weak: false } : c)) : cands;
}
