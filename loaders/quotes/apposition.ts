import { CLAUSE_WORDS, TITLES } from "./verbs.js";
import { DOCUMENTS, PERSON_HEADS } from "./speakerwords.js";
import { words, type Span, type W } from "./words.js";
import { apposedTradeName } from "./tradename.js";

// A speaker given by a description or with one set off by commas, as the American wires write
// them: "…,'' said a Harbour Ministry spokesman", "said a spokesman for the ministry, speaking on
// condition of anonymity", "Smith, a spokesman for the ministry, said", "Tellco, a Varn,
// Ore., toy maker, said", "a detective, speaking on condition of anonymity, said".

const DETERMINER = /^(?:a|an|the|one|another)$/;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ADVERB = /^\p{Lu}\p{Ll}+ly$/u;
/** A legislator's party and state, as the American wires give them: "R-Kan.", "D-N.Y.". */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;
const POSSESSIVE = /^\p{Lu}[\p{L}.-]*['’]s?$/u;
/** "said his counterpart, Ann Ode": like a named possessor, it introduces someone else by name. */
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/;
const BOUNDARY = /[,;:!?…()\n—–\[\]]/u;
/** Only marks, blanks and the masked quotation (░) before the words of a clause part. */
const MARKS_ONLY = /^[\s"“”'‘’`\u2591,.!?]*$/u;

/** Nouns for one person or a group by trade or standing, beyond the office words of PERSON_HEADS. */
const ROLE_NOUNS = [
  "source", "aide", "detective", "investigator", "agent", "worker", "resident", "member", "doctor", "physician",
  "scientist", "professor", "researcher", "student", "teacher", "soldier", "guard", "employee", "engineer", "pilot",
  "activist", "organizer", "organiser", "commentator", "historian", "expert", "observer", "driver", "farmer", "owner",
  "partner", "consultant", "strategist", "representative", "delegate", "legislator", "lawmaker", "congressman",
  "congresswoman", "councilman", "sheriff", "inspector", "sergeant", "nurse", "victim", "survivor", "relative",
  "neighbor", "neighbour", "friend", "official", "officer", "spokesman", "spokeswoman", "man", "woman", "veteran",
  "counterpart", "colleague", "rival", "opponent", "successor", "predecessor", "assistant", "editor", "deputy",
  "head", "chair",
];
/** Family and personal ties: "Ode's stepmother" is not Ode. */
export const KIN = new Set([
  "father", "mother", "parent", "son", "daughter", "wife", "husband", "widow", "widower", "brother", "sister", "family",
  "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "cousin", "stepmother", "stepfather",
  "stepson", "stepdaughter", "nephew", "niece", "fiancee", "fiance", "girlfriend", "boyfriend", "child", "children",
  "relatives", "parents", "friend", "neighbor", "neighbour", "lawyer", "attorney",
]);
const PLURAL_GROUPS = new Set(["officials", "sources", "spokesmen", "diplomats", "analysts", "economists", "traders", "dealers", "brokers", "witnesses", "experts", "aides", "officers", "investigators", "residents", "police", "people"]);
const HEADS = new Set([...PERSON_HEADS, ...ROLE_NOUNS, ...KIN, ...PLURAL_GROUPS, ...DOCUMENTS]);
/** Prepositions whose object names the body a described speaker speaks for. */
const BODY_PREP = new Set(["for", "of", "at", "with"]);
/** Words that may follow a description after the verb without belonging to it. */
const AFTER_DESCRIPTION = new Set(["in", "on", "who", "speaking", "after", "when", "during", "before", "while", "as", "from", "today", "yesterday", "tonight"]);
const STOP = new Set([...CLAUSE_WORDS, "in", "on", "to", "from", "by", "said", "says", "told", "added"]);

const isHead = (w: W) => HEADS.has(w.low.replace(/['’]s$/, ""));
const cut = (t: string, a: W, b: W) => BOUNDARY.test(t.slice(a.end, b.start));

/**
 * "…,'' said a Harbour Ministry spokesman, speaking …": after the verb, a determiner and up to five
 * words (capitalised or not) ending in a person's or a group's head noun, with the body after
 * "for" or "of" when one follows; then a name in apposition ("said the firm's chairman, Ann
 * Ode.") when the description is followed by one. A possessor may stand for the determiner only
 * with that name ("said Ode's lawyer, Rui Lund": the lawyer speaks, not Ode). Null when no head
 * noun closes the phrase.
 */
export function describedAfterVerb(t: string, ve: number, se: number): Span | null {
  const all = words(t, ve, Math.min(se, ve + 200));
  if (!all.length || BOUNDARY.test(t.slice(ve, all[0]!.start))) return null;
  // "said one of the organisers, Ann Ode": one of a group, its plural head read as the singular
  const partitive = all[0]!.low === "one" && all[1]?.low === "of" && all.length > 2;
  const ws = partitive ? all.slice(2) : all;
  const possessor = POSSESSIVE.test(ws[0]!.w) || POSSESSIVE_PRONOUN.test(ws[0]!.low);
  if (!possessor && !DETERMINER.test(ws[0]!.low)) return null;
  let head = -1;
  for (let j = 1; j < ws.length && j <= 6; j++) {
    if (cut(t, ws[j - 1]!, ws[j]!) || STOP.has(ws[j]!.low) || BODY_PREP.has(ws[j]!.low)) break;
    if (isHead(ws[j]!) || (partitive && HEADS.has(ws[j]!.low.replace(/s$/, "")))) head = j;
  }
  if (head < 1) return partitive || possessor ? null : namedAfterNoun(t, ws, se);
  let end = ws[head]!.end;
  const next = ws[head + 1];
  if (next && !cut(t, ws[head]!, next)) {
    if (BODY_PREP.has(next.low)) {
      let k = head + 1;
      while (k + 1 < ws.length && k - head < 7 && !cut(t, ws[k]!, ws[k + 1]!) && !STOP.has(ws[k + 1]!.low)) k++;
      end = ws[k]!.end;
    } else if (!AFTER_DESCRIPTION.has(next.low) && !/ing$/.test(next.low)) return null;
  }
  const named = APPOSED_NAME.exec(t.slice(end, se));
  if (named) {
    const s = end + named[0].indexOf(named[1]!);
    // the sentence's full stop after a surname is no part of it ("Lund." but "J.")
    return { start: s, end: s + named[1]!.trimEnd().replace(FULL_STOP, "").length, inverted: true };
  }
  // "said the head of the jury, historian Ann Ode."
  const traded = apposedTradeName(t, end, se);
  if (traded) return { ...traded, inverted: true };
  return possessor ? null : { start: all[0]!.start, end, inverted: true };
}

/**
 * "said the nominee, Ann Ode.": "the", one or two lower-case words, then a full name set off by a
 * comma: the name, whatever the noun (a closed list of head nouns cannot hold every trade).
 */
function namedAfterNoun(t: string, ws: W[], se: number): Span | null {
  if (ws[0]!.low !== "the") return null;
  for (let j = 1; j <= 2 && j < ws.length; j++) {
    if (!LOWER_NOUN.test(ws[j]!.w) || STOP.has(ws[j]!.low)) return null;
    if (j > 1 && cut(t, ws[j - 1]!, ws[j]!)) return null;
    const named = APPOSED_NAME.exec(t.slice(ws[j]!.end, se));
    if (named) {
      const s = ws[j]!.end + named[0].indexOf(named[1]!);
      return { start: s, end: s + named[1]!.trimEnd().replace(FULL_STOP, "").length, inverted: true };
    }
  }
  return null;
}
const LOWER_NOUN = /^\p{Ll}[\p{Ll}-]+$/u;

/** ", Ann Ode." after a description: the name it is in apposition with. */
const APPOSED_NAME = /^\s*,\s*((?:\p{Lu}[\p{L}’'.-]*\s*){2,4}?)\s*(?=[,.;]|$)/u;
const FULL_STOP = /(?<=\p{Ll}{2})\.$/u;

type Part = { start: number; end: number };

/**
 * "Ann Ode, a spokeswoman for the union, said", "a detective, speaking on condition of anonymity,
 * said": the verb right after a comma, the clause before it a speaker (a name, or a description
 * ending in a person's head noun) at the sentence's start or right after the quotation, and every
 * part after it an apposition (opening lower-case, on a number, a possessive or a title).
 */
export function apposedBeforeVerb(t: string, parts: Part[]): Span | null {
  if (parts.length < 2) return null;
  for (let p = 0; p < parts.length - 1; p++) {
    const ws = words(t, parts[p]!.start, parts[p]!.end);
    if (!ws.length) continue;
    if (!MARKS_ONLY.test(t.slice(parts[p]!.start, ws[0]!.start))) return null;
    // "Similarly, the minister, who …, said": a fronted adverb is no speaker
    if (ws.length === 1 && (ADVERB.test(ws[0]!.w) || LEADING_PREPOSITION.test(ws[0]!.low))) continue;
    const head = speakerPhrase(ws);
    if (!head) return null;
    for (let r = p + 1; r < parts.length; r++) {
      const rw = words(t, parts[r]!.start, parts[r]!.end);
      // "a Varn, Ore., toy maker": a place's state between two parts of one apposition
      const place = r < parts.length - 1 && r > p + 1 && rw.length === 1 && CAPITAL.test(rw[0]!.w);
      if (!rw.length || !(opensApposition(rw) || place)) return null;
    }
    return head;
  }
  return null;
}

/** A name of at most five capitalised words not led by a preposition, or a description ending in a head noun. */
function speakerPhrase(ws: W[]): Span | null {
  const span = { start: ws[0]!.start, end: ws[ws.length - 1]!.end };
  if (ws.length <= 5 && ws.every((w) => CAPITAL.test(w.w)) && !LEADING_PREPOSITION.test(ws[0]!.low)) return span;
  const described = (DETERMINER.test(ws[0]!.low) || POSSESSIVE.test(ws[0]!.w)) && ws.length <= 6 && isHead(ws[ws.length - 1]!);
  return described ? span : null;
}

const LEADING_PREPOSITION = /^(?:in|at|on|for|after|before|from|by|with|under|since|during|as|but|and|meanwhile|however|still|yet|also|so|then|now|later|earlier|today|yesterday)$/;

/** A part that can only be an apposition: lower-case, a number (an age), a party and state, a possessive, or a title. */
function opensApposition(ws: W[]): boolean {
  const w = ws[0]!;
  if (LOWER.test(w.w) || /^\d/.test(w.w) || PARTY_STATE.test(w.w)) return true;
  if (POSSESSIVE.test(w.w) && ws[1] && LOWER.test(ws[1].w)) return true;
  return TITLES.has(w.low.replace(/\.$/, "")) && !!ws[1] && LOWER.test(ws[1].w);
}

const POSSESSED = /^['’]s?\s+((?:[\p{Ll}-]+\s*){1,3})/u;

/** Whether mention `[start, end)` of `text` is a possessor of a family or personal tie ("Ode's stepmother"). */
export function possessorOfKin(text: string, end: number): boolean {
  const m = POSSESSED.exec(text.slice(end, end + 40));
  return !!m && m[1]!.trim().split(/\s+/).some((w) => KIN.has(w));
}

/** Heads of a description that speaks for the body named in it: "a Varn Embassy official", "a Tellco spokesman". */
const OFFICE_HEADS = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "diplomat", "diplomats", "envoy",
  "ambassador", "minister", "officer", "officers", "source", "sources", "representative", "executive", "executives",
  "statement", "communique", "communiqué", "announcement", "release",
  // "a member of Tellco's research team": one of a body's people, unnamed, as its official is
  "member", "members",
]);
const INDEFINITE = /^(?:a|an|one|another)\s/i;
/** After a town's name, a lower-case noun and then the office: "police official", "fire department spokesman". */
const TOWN_BODY = /^\s+\p{Ll}+(?:\s+\p{L}+)+\s*$/u;
const LAST_WORD = /(\S+)$/u;

/**
 * Whether mention `m` of the subject `subject` (starting at `from` in `text`) may be its speaker:
 * an indefinite description credits a body only through an office ("a Varn Embassy official"),
 * not a trade ("a UK bank dealer" is nobody by name); the place an envoy is sent "to" is not the
 * envoy's; a possessor of a family tie is not the relative. A town is no body that speaks: not
 * where a speaker is ("a police official in Eastfield"), nor the seat of the body an office
 * belongs to ("an Eastfield police official" speaks for the police, not the town).
 */
export function mayCredit(text: string, subject: string, from: number, m: { start: number; end: number; kind: string }): boolean {
  // "An EU official": an article the actors stage read as a name names nobody
  if (possessorOfKin(text, m.end) || ARTICLE.test(text.slice(m.start, m.end))) return false;
  const before = text.slice(from, m.start);
  if (/\bto\s+(?:the\s+)?$/i.test(before)) return false;
  if (m.kind === "place" && (/\bin\s+(?:the\s+)?$/i.test(before) || (INDEFINITE.test(subject) && TOWN_BODY.test(text.slice(m.end, from + subject.length))))) return false;
  if (!INDEFINITE.test(subject)) return true;
  // "a cheery Ode": a name closes the phrase, so it is no description
  const head = LAST_WORD.exec(subject.replace(/\s+(?:for|of|at|with)\s.*$/, "").trim());
  return !head || CAPITAL.test(head[1]!) || OFFICE_HEADS.has(head[1]!.toLowerCase());
}

const ARTICLE = /^(?:A|An|The)$/;

/** Ties that name a group, not one person: "the boy's family said" is no "she". */
const KIN_GROUPS = new Set(["family", "children", "relatives", "parents"]);
const ONE_PERSON = new Set([...PERSON_HEADS, ...ROLE_NOUNS, ...[...KIN].filter((k) => !KIN_GROUPS.has(k))]);

/** "a Varn Embassy official", "the company's spokesman": one person given by office or trade, whom a later "he" may mean. */
export function describesPerson(subject: string): boolean {
  const s = subject.trim().replace(/\s+(?:for|of|at|with|in)\s.*$/, "");
  const ws = s.split(/\s+/);
  return ws.length > 1 && (DETERMINER.test(ws[0]!.toLowerCase()) || POSSESSIVE.test(ws[0]!)) && ONE_PERSON.has(ws[ws.length - 1]!.toLowerCase());
}

/** A lower-case office or trade right before the name that ends the subject: "former security adviser Ivo Marek". */
const TITLED_NAME = /(?:^|\s)(\p{Ll}+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+\s*$/u;

/**
 * Whether the subject names a person by an office or trade before the name: whatever kind of actor
 * the name was given, such a subject is one person, whom a later "he" may mean.
 */
export function titlesPerson(subject: string): boolean {
  const t = TITLED_NAME.exec(subject);
  return !!t && ONE_PERSON.has(t[1]!);
}
