import type { ActorRow, ResolvedMention } from "../types.js";
import { firstAt } from "./search.js";
import { DOCUMENTS, PERSON_HEADS } from "./speakerwords.js";

// "…, the prime minister said": a definite description of an office speaks for
// the person the article has already given that office ("Prime Minister Ann
// Ode", "the Speaker of the assembly, Ann Ode,"). A holder described as former
// ("former prime minister X") does not hold it now, so is not the antecedent. With nobody given it
// before, the next person named close after, given its head noun, is its holder. A trade
// ("the striker", "the goalkeeper") is read the same way, only when written before a name: alone,
// "the pilot" as often means an unnamed pilot the story brought in.

const DESCRIPTION = /^the\s+((?:[\p{Ll}-]+\s+){0,3})(\p{Ll}[\p{Ll}-]*)$/u;
const FORMER = /\b(?:former|ex|late|then|outgoing|previous)\b/;
/** What ends a clause before a mention: a sentence's end, a colon, a semicolon, a line break. */
const CLAUSE_STOPS = new Set([".", "!", "?", ";", ":", "\n"].map((c) => c.charCodeAt(0)));

/**
 * The words written just before `at` in its own clause, 80 characters at most: what
 * /[^.!?;:\n]{0,80}$/ finds in them, read back from the end (the pattern is tried from
 * every position, each trying 80 lengths).
 */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 80);
  let cut = at;
  while (cut > from && !CLAUSE_STOPS.has(text.charCodeAt(cut - 1))) cut--;
  return text.slice(cut, at);
}

export interface RoleSpeaker { actor: string; kind: "person"; text: string }

/**
 * The person last named before `at` with the office `subject` describes, or null when `subject`
 * is not a description of an office or nobody was given it.
 */
export function personByRole(subject: string, text: string, sorted: ResolvedMention[], at: number, actors: Map<string, ActorRow>): RoleSpeaker | null {
  const a = INDEFINITE_DESCRIPTION.exec(subject.trim().toLowerCase());
  if (a) return BODIES.has(a[1]!) || ORGANS.has(a[1]!) ? null : titledNext(text, sorted, at, a[1]!, actors);
  const d = DESCRIPTION.exec(subject.trim().toLowerCase());
  // Any noun may be a role the article gave someone ("Striker Ann Ode" … "the striker said"); a
  // trade is not read as anyone's unless the text wrote it before a name, as `heldBy` asks.
  if (!d || BODIES.has(d[2]!) || ORGANS.has(d[2]!)) return null;
  const words = [...d[1]!.trim().split(/\s+/).filter(Boolean), d[2]!];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.end > at || m.kind !== "person") continue;
    if (!heldBy(text, m, words) && !apposedOffice(text, m, words)) continue;
    // "Another analyst, who asked not to be named, said …": a later holder the text left unnamed
    return unnamedSince(text, m, at, d[2]!) ? null : { actor: m.actor, kind: "person", text: actors.get(m.actor)?.name ?? m.text };
  }
  return heldLater(text, sorted, at, d[2]!, actors);
}

/**
 * Whether, between the named holder `m` (its apposition left out) and `at`, the text brings in
 * another holder of the head noun without a name: "another analyst", "a second analyst".
 */
function unnamedSince(text: string, m: ResolvedMention, at: number, head: string): boolean {
  const app = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 80));
  const from = m.end + (app ? app[0].length : 0);
  if (from >= at) return false;
  const another = new RegExp(`\\b(?:another|a\\s+second|a\\s+third|one\\s+other|a\\s+fellow)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`, "iu");
  return another.test(text.slice(from, at));
}

/** "A judge", "a senior judge": one person brought in by the head noun alone. */
const INDEFINITE_DESCRIPTION = /^an?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * "A judge has criticised … “…” ¶ Judge Ann Ode said …": a lede's unnamed person is the next person
 * named close after with the head noun as a capitalised title right before the name; "another
 * judge, Ann Ode" or "a judge, Ann Ode" in an apposition may be someone else.
 */
function titledNext(text: string, sorted: ResolvedMention[], at: number, head: string, actors: Map<string, ActorRow>): RoleSpeaker | null {
  const m = sorted.slice(firstAt(sorted, (x) => x.start >= at)).find((x) => x.kind === "person");
  if (!m || m.start > at + AHEAD) return null;
  const title = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!title || title[1] !== head.charAt(0).toUpperCase() + head.slice(1)) return null;
  return { actor: m.actor, kind: "person", text: actors.get(m.actor)?.name ?? m.text };
}

/** How far after a description its holder may still be named: about a paragraph. */
const AHEAD = 400;

/**
 * "“…,” the defence lawyer said. ¶ “…,” said the lawyer, Ann Ode, …": nobody was given the office
 * before, and the next person the text names, close after, is given its head noun.
 */
function heldLater(text: string, sorted: ResolvedMention[], at: number, head: string, actors: Map<string, ActorRow>): RoleSpeaker | null {
  const m = sorted.slice(firstAt(sorted, (x) => x.start >= at)).find((x) => x.kind === "person");
  if (!m || m.start > at + AHEAD || !(heldBy(text, m, [head]) || apposedOffice(text, m, [head]))) return null;
  return { actor: m.actor, kind: "person", text: actors.get(m.actor)?.name ?? m.text };
}

/** Whether the clause before mention `m` gives it the office `words`, in order or as a title's words, and not as a former one. */
const heldBy = (text: string, m: ResolvedMention, words: string[]) => heldInOrder(text, m, words) || titledBy(text, m, words);

/** Two to four capitalised words right before a name: its title ("Chief Fire Officer "). */
const TITLE_RUN = /(?:^|[^\p{L}-])((?:\p{Lu}[\p{L}-]*\s+){2,4})$/u;

/**
 * "Chief Fire Officer Ann Ode" … "the fire chief": a description of two or more words, each a
 * word of the capitalised title written right before the name, in whatever order.
 */
function titledBy(text: string, m: ResolvedMention, words: string[]): boolean {
  if (words.length < 2) return false;
  const before = clauseBefore(text, m.start);
  const run = TITLE_RUN.exec(before);
  if (!run) return false;
  const title = run[1]!.toLowerCase().split(/\s+/).filter(Boolean);
  const lead = before.slice(0, run.index + run[0].length - run[1]!.length).toLowerCase();
  return words.every((w) => title.includes(w)) && !FORMER.test(lead.split(/[^\p{L}-]+/u).filter(Boolean).slice(-1).join(" "));
}

function heldInOrder(text: string, m: ResolvedMention, words: string[]): boolean {
  const before = clauseBefore(text, m.start).toLowerCase();
  const tokens = before.split(/[^\p{L}-]+/u).filter(Boolean);
  // The office ends right before the name ("Prime Minister Ann Ode") or before its comma ("the Speaker of X, Ann Ode").
  const end = tokens.lastIndexOf(words[words.length - 1]!);
  if (end < 0 || (end !== tokens.length - 1 && !(tokens[end + 1] === "of" && /,\s*$/.test(before)))) return false;
  // Behind a comma the name is the office's apposition only when a comma or the sentence's end
  // closes it ("the envoy, Ann Ode, said"); "According to an envoy, Ode will …" gives Ode no office.
  const after = text.slice(m.end, m.end + 8);
  if (/,\s*$/.test(before) && after.trim() && !/^\s*[,.;!?]/.test(after)) return false;
  for (let k = 0; k < words.length; k++) if (tokens[end - words.length + 1 + k] !== words[k]) return false;
  return !FORMER.test(tokens.slice(Math.max(0, end - words.length - 1), end - words.length + 1).join(" "));
}

/**
 * An apposition right after a name: ", a spokeswoman for the ministry,", ", the country's foreign
 * minister,", or an office written bare, as the wires do: ", spokesman for the ministry,".
 */
const APPOSITION_AFTER = /^,\s+(?:(?:a|an|the|\p{L}+['’]s?)\s+|(?=\p{Ll}))([^,.;:!?()\n"“”]{1,60})/u;

/** Whether the apposition after mention `m` gives it the office `words`, in order, and not as a former one ("Ann Ode, a spokeswoman for …"). */
function apposedOffice(text: string, m: ResolvedMention, words: string[]): boolean {
  const a = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 80));
  if (!a) return false;
  const tokens = a[1]!.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const at = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k] === w));
  // the office heads the apposition: "wife of the minister" gives her no office
  return at >= 0 && !FORMER.test(tokens.slice(0, at).join(" ")) && !tokens.slice(0, at).some((w) => HEAD_ENDS.has(w));
}
const HEAD_ENDS = new Set(["of", "for", "to", "with", "at", "in", "and", "or", "who", "whose", "by"]);

/** "a spokesman for the company", "a bank official": a person who speaks for an unnamed body. */
const BODY_PERSON = /^(?:a|an|the)\s+(?:([\p{Ll}]+)\s+([\p{Ll}]+)|([\p{Ll}]+)\s+(?:for|of|at)\s+the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+))$/u;

/**
 * The trade noun of "a company spokesman" or "an official of the bank", else null; with `organs`,
 * an organ's word too ("a spokesman for the ministry"), which only a body named with it may take.
 */
function bodyOfPerson(subject: string, organs = false): string | null {
  const p = BODY_PERSON.exec(subject);
  const body = p?.[1] && PERSON_HEADS.has(p[2]!) ? p[1] : p?.[3] && PERSON_HEADS.has(p[3]) ? p[4]! : null;
  return body && (BODIES.has(body) || (organs && ORGANS.has(body))) ? body : null;
}

/** Whether `subject` is an unnamed person speaking for a body ("a company spokesman"). */
export const speaksForBody = (subject: string) => bodyOfPerson(subject.trim().toLowerCase()) !== null;

/**
 * The trade noun of a description that names a body ("the company") or one of its unnamed people
 * ("a company spokesman"): the gold guide credits such a person's words to the body, as it credits
 * unnamed "Japanese officials" to Japan.
 */
function describedBody(subject: string): string | null {
  // "a statement from the company": the document speaks for the body it comes from
  const doc = DOCUMENT_OF_BODY.exec(subject);
  if (doc && DOCUMENTS.has(doc[1]!) && (BODIES.has(doc[2]!) || ORGANS.has(doc[2]!))) return doc[2]!;
  // "the maker of lathes and presses": a body by its trade and what it makes, the trade the head
  const made = MAKER_OF.exec(subject);
  if (made && TRADES_OF.has(made[1]!)) return made[1]!;
  const d = DESCRIPTION.exec(subject);
  // "the ministry" names an organ, and so do "a spokesman for the ministry" and "a ministry
  // official" when the body last heard did not speak (attribution.ts): a body named with that word.
  return d && (BODIES.has(d[2]!) || ORGANS.has(d[2]!)) ? d[2]! : bodyOfPerson(subject, true);
}

/** Trades named by what they deal in ("the maker of …"); not "the group of investors", a group of people. */
const TRADES_OF = new Set(["maker", "manufacturer", "producer", "operator", "retailer", "insurer", "lender", "carrier"]);
const MAKER_OF = /^the\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+of\s+\p{Ll}[\p{Ll}\s,-]*$/u;
const DOCUMENT_OF_BODY = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:from|by|of|issued\s+by)\s+the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;

/**
 * Organs of a state or a body, credited only to an organisation whose name holds the same word:
 * "the ministry said" is the Foreign Ministry named before, not the firm the story is about.
 */
const ORGANS = new Set(["ministry", "department", "embassy", "council", "committee", "commission", "parliament", "tribunal"]);
/** Heads of a description that names a body by its trade: "the company", "the pharmaceutical firm". */
export const BODIES = new Set([
  "company", "firm", "bank", "airline", "carrier", "carmaker", "automaker", "manufacturer", "maker", "retailer", "insurer",
  "lender", "conglomerate", "utility", "producer", "brokerage", "newspaper", "paper", "agency", "union", "group",
  "club", "team", "association", "organisation", "organization", "corporation", "daily", "broadcaster", "network",
  "operator", "regulator", "watchdog",
]);

const OF_BETWEEN = /^\s+of\s+$/;
/** Whether `at` lies in the text's first three paragraphs (a headline and a dateline may come first). */
const leadParagraph = (text: string, at: number) => (text.slice(0, at).match(/\n\s*\n/g) ?? []).length <= 2;
/** Only a line break, blanks and an article before a name: it opens its paragraph. */
const OPENS_PARAGRAPH = /(?:^|\n)\s*(?:The\s+)?$/;

/**
 * Trades an article's main organisation seldom has: "a union official" in a story about a firm
 * speaks for the workers, so only an organisation named as a union may be credited.
 */
const NAMED_AS: Record<string, RegExp> = {
  union: /\b(?:unions?|workers|federation|confederation|syndicate|guild|teamsters|brotherhood)\b/i,
  // a story about a regulator's ruling names the firm it ruled on more often than the regulator
  regulator: /\b(?:office|authority|commission|agency|board|bureau|administration|regulator|watchdog|inspectorate|ombudsman|council|service)\b/i,
};
NAMED_AS.watchdog = NAMED_AS.regulator!;
/**
 * "the environment agency", "the food agency": an agency by its field is a public body named with
 * the word, not the firm a story about its ruling names most; "the news agency" and "the agency"
 * may be a wire service of any name.
 */
const OWN_AGENCY = /^the\s+(?!(?:state\s+|official\s+)?(?:news|press|wire)\b)[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+)?agency$/u;
const NAMED_AGENCY = /\bagency\b/i;
for (const o of ORGANS) NAMED_AS[o] = new RegExp(`\\b${o}\\b`, "i");

/** A possessor opening a name, then a lower-case word: "Tellco's board", "Tellco's research unit". */
const POSSESSOR = /^(.+?)['’]s?\s+\p{Ll}/u;

/** The organisation already counted whose name or alias possesses `m` ("Tellco's board" → Tellco), if any. */
function partOf(m: ResolvedMention, count: Map<string, number>, actors: Map<string, ActorRow>): ResolvedMention | null {
  const owner = POSSESSOR.exec(m.text)?.[1]?.toLowerCase();
  if (!owner) return null;
  for (const id of count.keys()) {
    const a = actors.get(id);
    if (a && [a.name, ...a.aliases].some((n) => n.toLowerCase().replace(/['’]s?$/, "") === owner)) return { ...m, actor: id };
  }
  return null;
}

export interface BodySpeaker { actor: string; kind: "organization"; text: string }

/**
 * "…, the company said": the organisation the article has named most often before `at` (the one it
 * is about), on a tie one that opens a lead paragraph, else the latest; null when `subject` is no such
 * description or none was named.
 * A name's "of" complement ("Tellco of Varn Ltd", where the tagger may split off "Varn Ltd") is
 * part of the name before it, not another organisation.
 */
export function bodyByDescription(subject: string, sorted: ResolvedMention[], at: number, actors: Map<string, ActorRow>, text: string): BodySpeaker | null {
  const low = subject.trim().toLowerCase();
  const body = describedBody(low);
  if (!body) return null;
  const named = NAMED_AS[body] ?? (body === "agency" && OWN_AGENCY.test(low) ? NAMED_AGENCY : undefined);
  const count = new Map<string, number>();
  let best: ResolvedMention | null = null;
  let prev: ResolvedMention | null = null;
  let lede = false;
  for (const m of sorted) {
    if (m.end > at) break;
    if (m.kind !== "organization" || (named && !named.test(actors.get(m.actor)?.name ?? m.text))) continue;
    const complement = prev && OF_BETWEEN.test(text.slice(prev.end, m.start));
    prev = m;
    if (complement) continue;
    // "Tellco's five-member board", named as an organisation of its own, is a part of Tellco
    const whole = partOf(m, count, actors) ?? m;
    // the first organisation to open a paragraph, if one of the story's first, is what it is about:
    // it wins a tie (only that one is read: any later one opens a later paragraph)
    const first = !lede && OPENS_PARAGRAPH.test(text.slice(Math.max(0, m.start - 6), m.start));
    if (first) lede = true;
    const opens = first && leadParagraph(text, m.start);
    const n = (count.get(whole.actor) ?? 0) + (opens ? 1.5 : 1);
    count.set(whole.actor, n);
    if (!best || n >= count.get(best.actor)!) best = whole;
  }
  return best ? { actor: best.actor, kind: "organization", text: actors.get(best.actor)?.name ?? best.text } : null;
}
