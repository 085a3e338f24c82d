import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// Names the tagger read as miscellaneous (CoNLL's MISC: nationalities, events, works) that are
// actors after all: a plural that names people, and one word the word after it shows to be an actor
// (a movement before its fighters, a body before its chief, a place before its crossing). A people's
// or a faith's adjective stays what it is.

const LOWER = /\p{Ll}/u;
const PLURAL_NAME = /^\p{Lu}\p{Ll}+s$/u;

/** A MISC name that names people ("Republicans", "Kurds", "Islamists"): a plural proper noun. */
export function namesPeople(toks: Tok[], s: NameSpan): boolean {
  const last = toks[s.b - 1]!;
  const next = toks[s.b];
  // "45 degrees Celsius": a scale's name ends in s too
  if (toks[s.a - 1]?.text === "degrees") return false;
  return s.b - s.a <= 2 && PLURAL_NAME.test(last.text) && !(next?.word && next.cap && next.start === last.end + 1);
}

/**
 * Members of a political current, named in the plural ("the Free Democrats", "Young Socialists"): a
 * group of people, whatever the tagger's reading (a person's name by its look, a place by its history).
 */
const PARTY_MEMBERS = new Set(["Democrats", "Republicans", "Socialists", "Conservatives", "Liberals", "Communists", "Nationalists", "Tories", "Labourites", "Populists", "Monarchists", "Royalists", "Islamists", "Maoists", "Marxists", "Unionists", "Loyalists", "Separatists"]);
export const partyMembers = (word: string) => PARTY_MEMBERS.has(word);

/** Nouns of a movement's members and agents: "<name> fighters", "<name> spokesman". */
const MEMBERS = new Set(["fighters", "militants", "gunmen", "rebels", "guerrillas", "insurgents", "commander", "commanders", "spokesman", "spokeswoman", "spokesperson"]);
/** Whether the article writes the word before a noun of a movement's members anywhere ("Velgar fighters"). */
export const namesMovement = (toks: readonly Tok[], word: string) => toks.some((t, i) => t.text === word && MEMBERS.has(toks[i + 1]?.text ?? ""));

/** Faiths and their branches: "Catholic leaders" are believers, no movement that acts. */
const FAITHS = new Set(["Christian", "Muslim", "Moslem", "Jewish", "Catholic", "Protestant", "Hindu", "Buddhist", "Sunni", "Shia", "Shiite", "Shi'ite", "Orthodox", "Islamic", "Sikh", "Evangelical", "Anglican", "Mormon"]);

/**
 * "Velgar fighters", "a Velgar spokesman": a one-word name the tagger read as miscellaneous, before a noun of a
 * movement's members, names the group they belong to. A nationality (the gazetteer's) or a faith does not:
 * "Norlandic officials" are a state's, "Catholic leaders" a church's.
 */
export function movementMembers(toks: Tok[], s: NameSpan): boolean {
  const word = toks[s.a]!.text, next = toks[s.b];
  return s.b - s.a === 1 && !!next && MEMBERS.has(next.text) && LOWER.test(word) && !FAITHS.has(word) && !placeAdjective(word);
}

/** A nationality, a people's or a region's adjective ("European" of Europe, "Asian" of Asia, "Western", "Varnish"). */
function placeAdjective(word: string): boolean {
  const g = gazetteer().exact;
  return g.has(word) || ADJECTIVE_END.test(word) || PLACE_ENDINGS.some((e) => word.endsWith(e) && g.has(word.slice(0, -e.length)));
}
const ADJECTIVE_END = /(?:ern|ish|ese|ic)$/u;
/** Endings that make a place's adjective of its name: "Asia" + "n", "Europe" + "an". */
const PLACE_ENDINGS = ["n", "an", "ean", "ian"];

/** Lower-case nouns of a body's head: "Velgar chief Ana Lima", "the Velgar boss". */
const HEADS = new Set(["chief", "boss", "director", "chairman", "chairwoman"]);
/** Lower-case nouns of a site a place names: "the Velgar crossing", "Velgar airport". */
const SITES = new Set(["crossing", "checkpoint", "airport", "border", "camp", "port", "harbour", "harbor", "bridge", "valley", "river", "province", "district", "region"]);

/** The word of a one-word span and the word after it, when the span is a name of its own (no people's adjective, no faith). */
function ownWordBefore(toks: Tok[], s: NameSpan, nouns: Set<string>): boolean {
  const word = toks[s.a]!.text, next = toks[s.b];
  return s.b - s.a === 1 && !!next && next.word && !next.cap && nouns.has(next.text) && LOWER.test(word) && !FAITHS.has(word) && !placeAdjective(word);
}

/** "a delegation led by Velgar chief Ana Lima": a miscellaneous name before its head's noun is the body. */
export const bodyBeforeChief = (toks: Tok[], s: NameSpan) => ownWordBefore(toks, s, HEADS);

/** "aid trucks waiting at the Velgar crossing": a miscellaneous name before a site's noun is a place. */
export const placeBeforeSite = (toks: Tok[], s: NameSpan) => ownWordBefore(toks, s, SITES);

/** "in the Commons", "the Lords voted": a parliament's chamber named by its members' plural, a body. */
const CHAMBERS = new Set(["Commons", "Lords"]);
export const chamber = (toks: Tok[], s: NameSpan) => s.b - s.a === 1 && CHAMBERS.has(toks[s.a]!.text) && toks[s.a - 1]?.lex.lower === "the";
