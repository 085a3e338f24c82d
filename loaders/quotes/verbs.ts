// Speech and attribution verbs as data. Forms are listed per verb rather than
// generated because several are also nouns in one form ("the claims", "a
// report", "the notes") and that form must be left out to avoid false subjects.

const VERBS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  stress: ["stresses", "stressed", "stressing"],
  warn: ["warn", "warns", "warned", "warning"],
  note: ["notes", "noted", "noting"],
  worry: ["worries"],
  urge: ["urges", "urged", "urging"],
  describe: ["describes", "described", "describing"],
  claim: ["claim", "claimed", "claiming"],
  pledge: ["pledged", "pledging"],
  insist: ["insist", "insists", "insisted", "insisting"],
  argue: ["argue", "argues", "argued", "arguing"],
  explain: ["explains", "explained", "explaining"],
  announce: ["announces", "announced", "announcing"],
  report: ["reported", "reporting"],
  state: ["stated", "stating"],
  write: ["writes", "wrote", "writing"],
  tweet: ["tweeted"],
  declare: ["declares", "declared", "declaring"],
  promise: ["promised", "promising"],
  vow: ["vows", "vowed", "vowing"],
  threaten: ["threatens", "threatened", "threatening"],
  accuse: ["accuses", "accused", "accusing"],
  deny: ["denies", "denied", "denying"],
  ask: ["asks", "asked", "asking"],
  demand: ["demanded", "demanding"],
  acknowledge: ["acknowledges", "acknowledged", "acknowledging"],
  admit: ["admits", "admitted", "admitting"],
  emphasise: ["emphasises", "emphasised", "emphasising", "emphasizes", "emphasized", "emphasizing"],
  underline: ["underlined", "underlining"],
  highlight: ["highlighted", "highlighting"],
  reiterate: ["reiterates", "reiterated", "reiterating"],
  confirm: ["confirms", "confirmed", "confirming"],
  suggest: ["suggests", "suggested", "suggesting"],
  predict: ["predicts", "predicted", "predicting"],
  recall: ["recalled", "recalling"],
  complain: ["complained", "complaining"],
  caution: ["cautioned", "cautioning"],
  observe: ["observed"],
  remark: ["remarked"],
  reply: ["replied", "replying"],
  respond: ["responded"],
  allege: ["alleges", "alleged"],
  believe: ["believe", "believes"],
  inform: ["informs", "informed"],
  name: ["naming"],
  "point out": ["pointed out", "points out", "pointing out"],
  "call on": ["called on", "calls on", "calling on"],
  "call for": ["called for", "calls for", "calling for"],
  // "Ode called the move a “passing hitch”": naming something in one's own words
  call: ["called", "calls", "calling"],
  joke: ["joked", "joking"],
  quip: ["quipped"],
  exclaim: ["exclaimed"],
  shout: ["shouted"],
  concede: ["concedes", "conceded", "conceding"],
  boast: ["boasted"],
  recount: ["recounted"],
  testify: ["testified", "testifying"],
  comment: ["commented"],
  assert: ["asserts", "asserted", "asserting"],
  retort: ["retorted"],
  counter: ["countered"],
  lament: ["lamented"],
  answer: ["answered"],
  confess: ["confessed", "confessing"],
  denounce: ["denounced", "denouncing"],
  condemn: ["condemned", "condemning"],
  dismiss: ["dismissed"],
  hail: ["hailed", "hailing"],
  chant: ["chanted", "chanting"],
  yell: ["yelled", "yelling"],
  scream: ["screamed", "screaming"],
  plead: ["pleaded", "pleading"],
  beg: ["begged"],
  criticise: ["criticised", "criticising", "criticized", "criticizing"],
  praise: ["praised", "praising"],
  // "Ode spoke of “girls”", "Lund chimed in, “…”", "the firm cited “weak demand”"
  speak: ["spoke"],
  "chime in": ["chimed in", "chiming in"],
  cite: ["cites", "cited"],
  // "Ode expressed irritation that … “rehabilitation”"
  express: ["expressed", "expressing"],
  "according to": ["according to"],
};

const FORMS = Object.values(VERBS).flat().sort((a, b) => b.length - a.length);

// The forms grouped by first letter, each group in FORMS' order: the engine tries one group at
// a word's start instead of every form, and forms with another first letter could not match
// there anyway, so the same form wins.
const BY_FIRST = new Map<string, string[]>();
for (const f of FORMS) {
  if (!/^[a-z]/.test(f)) throw new Error(`verb form ${f} does not open on a lower-case ASCII letter`);
  const group = BY_FIRST.get(f[0]!) ?? [];
  group.push(f.slice(1).replace(/ /g, "\\s+"));
  BY_FIRST.set(f[0]!, group);
}
const ALTERNATIVES = [...BY_FIRST].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|");
/** Matches one verb form as a whole word (case-insensitive for sentence-initial "According"). */
// Not a Unicode-mode regex: the forms are ASCII and the non-Unicode engine path
// is several times faster over a whole article; a neighbouring non-ASCII letter
// is caught by the check in the lookbehind/lookahead class below.
export const VERB_RE = new RegExp(`(?<![A-Za-z0-9\u00C0-\u1FFF\u2070-\uFFFF'’-])(?:${ALTERNATIVES})(?![A-Za-z0-9\u00C0-\u1FFF\u2070-\uFFFF-])`, "gi");

const CALL = /^call(?:ed|s|ing)$/i;
/** "Tellco cited “weak demand”" speaks; "the paper cited a source as saying" is the one quoted, not the paper. */
const CITE = /^cite[sd]$/i;
const SAID = /^said$/i;
const TO_AFTER = /^\s+to\b/;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+$/i;
const QUOTE_SOON = /^[^.!?;:\n]{0,45}?(?:``|["“]|'')/u;
/** Verbs whose object is the one spoken to: in the passive ("he was asked to help") the subject is the addressee. */
const ADDRESSED = /^(?:asked|told|urged|informed|warned|begged)$/i;
/** Forms that are nouns or feelings as often as speech ("her notes", "the plan worries him"). */
const FRAMED = /^(?:notes|worries)$/i;
/** Right after a quotation's closing mark ("…,” worries Ode"). */
const QUOTE_JUST_BEFORE = /(?:["”]|'')\s*$/u;
/** A parenthetical attribution right before a quotation ("he notes, “…”"). */
const QUOTE_JUST_AFTER = /^\s*,\s*(?:``|["“])/u;

/**
 * Whether a verb form met in the text is used as a speech verb there: every one is but these.
 * "asked", "told" and their like in the passive name the one spoken to, not the speaker.
 * "notes" and "worries" speak only framed by a quotation: right after its closing mark, or
 * between commas right before it.
 * "Ode called the move a “passing hitch”" speaks; "the referee called the return good",
 * "the plans were called “…”" (the thing named, not the one naming) do not: "call" is a speech
 * verb only in the active voice with a quotation as its complement, and so is "cite". And "the message the prince
 * was said to be holding" is hearsay, nobody speaking.
 */
export function speaksHere(verb: string, masked: string, at: number, end: number): boolean {
  // "the claim had", "a warning that": after a determiner the form is a noun (or an adjective, "the promised reforms"), never a finite verb
  if (DETERMINER_BEFORE.test(masked.slice(Math.max(0, at - 8), at))) return false;
  if (FRAMED.test(verb)) return QUOTE_JUST_BEFORE.test(masked.slice(Math.max(0, at - 4), at)) || QUOTE_JUST_AFTER.test(masked.slice(end, end + 6));
  const said = SAID.test(verb);
  const passive = PASSIVE_BEFORE.test(masked.slice(Math.max(0, at - 8), at));
  if (ADDRESSED.test(verb)) return !passive;
  if (!said && !CALL.test(verb) && !CITE.test(verb)) return true;
  if (said) return !(passive && TO_AFTER.test(masked.slice(end, end + 4)));
  // "Ode called Lund -- who ran a shop in the port -- a “scoundrel”": a parenthetical between dashes is skipped
  return !passive && QUOTE_SOON.test(masked.slice(end, end + 300).replace(DASHED_ASIDE, ""));
}
const DETERMINER_BEFORE = /(?:^|[^A-Za-z'’-])(?:the|a|an|this|these|his|its|their|our|my|your)\s+$/i;
const DASHED_ASIDE = /(?<=^[^\n]{0,30}?)\s(?:--|—|–)\s[^\n]{1,200}?\s(?:--|—|–)(?=\s)/u;

/** Participles take their subject from the clause they hang on ("…, adding that"). */
export const isParticiple = (verb: string) => /ing$/i.test(verb.split(/\s+/)[0]!);

/** Lower-case words that may sit between a subject and its verb ("has also said"). */
export const AUX = new Set([
  "has", "have", "had", "also", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should",
  "then", "later", "earlier", "again", "reportedly", "repeatedly", "firmly", "further", "previously", "once", "already",
  "not", "never", "publicly", "officially", "recently", "now", "still", "just", "separately", "similarly", "itself",
  "himself", "herself", "themselves", "has also", "did", "does", "do", "had earlier", "been",
]);

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
/** "him" → "he", "them" → "they": the object pronoun a citing form ("quoted him as saying") names its speaker by. */
export const objectAsSubject = (low: string) => (low === "him" ? "he" : low === "them" ? "they" : low);

/** Words that open a clause: the subject of a verb never reaches back past them. */
export const CLAUSE_WORDS = new Set([
  "that", "which", "who", "whom", "while", "but", "when", "because", "where", "if", "although", "though", "whereas",
  "after", "before", "as", "than", "and", "whether", "so", "what", "how", "why",
]);

/** Office words stripped from a speaker's text ("Estovian Prime Minister Orvel Dane" → "Orvel Dane"). */
export const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "president", "prime", "minister", "chancellor", "secretary", "general", "gen",
  "spokesman", "spokeswoman", "spokesperson", "ambassador", "senator", "sen", "governor", "gov", "mayor", "king",
  "queen", "pope", "chairman", "chairwoman", "chief", "director", "commander", "leader", "deputy", "vice", "colonel",
  "col", "lieutenant", "lt", "admiral", "marshal", "premier", "rep", "representative", "envoy", "foreign", "defence",
  "defense", "sir", "lord", "lady", "judge", "justice", "officer", "head", "speaker", "adviser", "advisor",
  "official", "spokesmen", "negotiator", "mediator", "prosecutor", "lawyer", "analyst", "economist", "expert",
  "rev", "reverend", "msgr", "adm", "cpl", "pvt", "supt", "atty", "pastor", "rabbi", "bishop",
]);
