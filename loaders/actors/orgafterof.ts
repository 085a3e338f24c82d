import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "the founder of Quillo", "the chief executive of Quillo", "shares of Quillo": a firm's people and
// parts are "of" the firm, and those it employs work "at" it ("an economist at Quillo"). The tagger reads an unknown name after "of" as a place ("the port of …"),
// A body's numbers come "from" it ("data from Quillo", "estimates from Quillo"), as a town's never do, and
// a business is run "by" it ("operated by Quillo"); investors hold shares or a stake "in" it.
// So such a name is an organisation unless the gazetteer knows it as a place ("the founder of Eastport
// City" names no firm it knows of, but "the founder of Singapore" does name a state).

/** Lower-case nouns whose "of" names a firm. */
const FIRM_NOUNS = new Set([
  "founder", "founders", "co-founder", "co-founders", "cofounder", "executive", "executives", "ceo", "chairman", "chairwoman", "shareholders",
  "shares", "owner", "owners", "subsidiary", "unit", "division", "employees", "board", "directors", "stockholders",
]);

/** "an economist at Quillo Bank", "analysts at Quillo": the people a firm employs, before "at" it. */
const STAFF_NOUNS = new Set([
  "economist", "economists", "analyst", "analysts", "strategist", "strategists", "researcher", "researchers",
  "scientist", "scientists", "professor", "lecturer", "fellow", "trader", "traders", "dealer", "dealers", "banker",
  "bankers", "executive", "executives", "employee", "employees", "engineer", "engineers", "partner", "manager",
]);

/** "data from Quillo": the figures a body publishes, before "from" it. */
const FIGURE_NOUNS = new Set(["data", "figures", "statistics", "estimates", "forecasts", "projections", "numbers"]);

/** "operated by Quillo", "owned by Quillo": a business's owners and makers, before "by" it (a town does none of it). */
const BUSINESS_PARTICIPLES = new Set([
  "owned", "operated", "run", "made", "built", "developed", "founded", "acquired", "bought", "published", "produced",
  "controlled", "managed", "manufactured", "supplied", "designed", "marketed", "sold", "distributed",
]);

/** "shares in Quillo", "a stake in Quillo": what investors hold "in" a firm. */
const HOLDING_NOUNS = new Set(["shares", "stake", "stakes", "stock", "holding", "holdings"]);

const NOUNS_BEFORE = new Map([["of", FIRM_NOUNS], ["at", STAFF_NOUNS], ["from", FIGURE_NOUNS], ["by", BUSINESS_PARTICIPLES], ["in", HOLDING_NOUNS]]);
const firmNoun = (t: Tok | undefined, of: string) => !!t && t.word && (!t.cap || t.initial) && NOUNS_BEFORE.get(of)?.has(t.lex.lower) === true;

/** The tagger's places and persons named right after "<firm noun> of", "<staff noun> at" or "<figures> from", read as organisations. */
export function orgAfterOf(toks: Tok[], names: NameSpan[]): NameSpan[] {
  // "economists at Quillo and Tarvo": the firm's conjunct after "and" is a firm too
  let firmEnd = -1;
  const firms: number[] = [];
  const out = mapSpans(names, (s) => {
    const conjunct = firmEnd >= 0 && s.a === firmEnd + 1 && toks[firmEnd]!.text === "and" && toks[s.a]!.text.length > 1;
    firmEnd = -1;
    if (s.titled || (!conjunct && !firmNoun(toks[s.a - 2], toks[s.a - 1]?.text ?? ""))) return s;
    if (s.type === "ORG") return firms.push(s.b), (firmEnd = s.b), s;
    // "controlled by Ana Lima": persons own and run businesses too; only a place read there is retyped
    if (s.type === "PER" && toks[s.a - 1]?.text === "by") return s;
    const words: string[] = [];
    for (let k = s.a; k < s.b; k++) words.push(toks[k]!.text);
    if (gazetteer().exact.has(words.join(" "))) return s;
    firms.push((firmEnd = s.b));
    return retyped(s, "ORG");
  });
  return firms.length ? withUntaggedConjuncts(toks, out, firms) : out;
}

const unknownWord = (t: Tok | undefined, sentence: number) => !!t && t.word && t.cap && !t.initial && t.pos === "PROPN" && t.sentence === sentence;

/**
 * "analysts at Quillo and Tarvo said": a firm's conjunct the tagger left unread, capitalised words
 * the lexicon does not know right after "and", is a firm too.
 */
function withUntaggedConjuncts(toks: Tok[], names: NameSpan[], firmEnds: number[]): NameSpan[] {
  const added: NameSpan[] = [];
  for (const e of firmEnds) {
    const sentence = toks[e - 1]!.sentence;
    if (toks[e]?.text !== "and" || !unknownWord(toks[e + 1], sentence) || names.some((s) => s.b > e && s.a <= e + 1)) continue;
    let b = e + 2;
    while (unknownWord(toks[b], sentence)) b++;
    added.push({ start: toks[e + 1]!.start, end: toks[b - 1]!.end, type: "ORG", a: e + 1, b, titled: false });
  }
  return added.length ? [...names, ...added].sort((x, y) => x.a - y.a) : names;
}
