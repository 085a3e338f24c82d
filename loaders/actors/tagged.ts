import type { Doc } from "../types.js";
import { withAbbreviationStop, withoutStop } from "./abbrstop.js";
import type { Candidate } from "./candidate.js";
import { orgByHead } from "./orgbyhead.js";
import { companyFirstWord, grewByFirstWord } from "./orgedges.js";
import { joinAcrossAnd } from "./organd.js";
import { joinComplements, personOfFirm, withoutSubjects } from "./orgcomplement.js";
import { pluralPossessives } from "./pluralpossessive.js";
import { grewByOwner, joinCompanyNames } from "./orgjoin.js";
import { orgShortForms } from "./orgshort.js";
import { hyphenPairs } from "./hyphenpair.js";
import { townsByState } from "./townstate.js";
import { acronymWritten, spansByAcronym } from "./acronymspan.js";
import { partyNames } from "./partyname.js";
import { hyphenModifiers } from "./hyphenmodifier.js";
import { personByName } from "./personbyname.js";
import { personByTitle } from "./personbytitle.js";
import { givenNamesBefore } from "./givenbefore.js";
import { givenNamePlaces } from "./givenplace.js";
import { personAfterRole } from "./roleperson.js";
import { beforeParticles, pastInitial, pastOpener, pastParticles, pastSurname } from "./personedges.js";
import { givenBeforeParticles } from "./givenparticles.js";
import { placeAfterOf } from "./placeafterof.js";
import { knownPlaceName, placesWithParticles } from "./particleplace.js";
import { pastPlaceParticle } from "./placeparticle.js";
import { placeAfterMotion } from "./placeaftermotion.js";
import { orgLegalForms } from "./orglegalform.js";
import { joinFirmCommas } from "./orgcommas.js";
import { SAINT, saintNames } from "./saintname.js";
import { splitFirmsAtAnd } from "./organdsplit.js";
import { placeByHead } from "./placebyhead.js";
import { splitAtClauseComma } from "./clausesplit.js";
import { grownAsElsewhere, typedAsElsewhere } from "./elsewhere.js";
import { abbreviatedTitle, endsTitle } from "./titleend.js";
import { pastNationalityNouns } from "./demonymnoun.js";
import { personOfCountry } from "./personofcountry.js";
import { placeByOffice } from "./officeplace.js";
import { townsBeforeBodies } from "./townbody.js";
import { orgAfterOf } from "./orgafterof.js";
import { platformNames } from "./platformname.js";
import { placesInLists } from "./listplace.js";
import { DAY_OR_MONTH, dateAbbreviation } from "./datewords.js";
import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { nameSpan, splitAtTitle, TITLES } from "./titlesplit.js";
import { ByStart, outermost, Overlaps } from "./spans.js";
import { titleCaseSentences } from "./titlecase.js";
import { withAmpersand } from "./ampersand.js";
import { openerRunOn } from "./openerrun.js";
import { pastFirmKind, pastPluralOpener, pastTrade } from "./pluralopener.js";
import { innerStop, pastIndefinite, peoplesAdjective } from "./spanstops.js";
import { datelinePlace, datelineTowns, hasLower } from "./datelineplace.js";
import { openingWordOf, opensFirm } from "./openingword.js";
import { titleWordsOnly } from "./titlemodifiers.js";
import { orgByUse } from "./orgbyuse.js";
import { orgByApposition } from "./orgapposition.js";
import { ownerInstitutions } from "./ownerinstitution.js";
import { administrationLeader } from "./administration.js";
import { bodyBeforeChief, chamber, movementMembers, namesPeople, partyMembers, placeBeforeSite } from "./miscnames.js";

// The trained tagger (ner/) decides what is a name and what kind of name; the
// rules of classify.ts keep what only they know: canonical names from the
// gazetteer, titles and roles, organisations' countries, services. So a rule
// candidate found by a gazetteer, a title or an organisation head stays; one
// that the rules only guessed from capitals (a bare capitalised run, a single
// word, an acronym) stays only where the tagger found the same name, with the
// tagger's kind; and the tagger's names that no rule found are added.

const GUESSES = new Set<Candidate["via"]>(["person", "single", "acronym"]);
// "amp": an ampersand written as its entity's residue (ampersand.ts).
// Module-level: a bundler may rewrite a Unicode property escape as a RegExp built at each use.
const JOIN_BEFORE = /\s(?:and|&|amp|of)\s+$/u;
const COMPLEMENT = /^(?: (?:on|for|of the) \p{Lu}|, (?:\p{Lu}[\p{L}'’-]* )+(?:and|&) \p{Lu}[\p{L}'’-]*$)/u;
const SITE_AFTER = /^\s+(?:office|offices|bureau|branch|plant|factory|headquarters|campus|airport|port|refinery|mine|terminal|depot|station)\b/u;
const CLITIC_S = /^['’][sS]$/u, LOWER_START = /^\p{Ll}/u;

/**
 * "the Harbour Court Friday rejected …": a day or month after a name is its date, not part of
 * it; nor are lower-case words the tagger ran on into at its end ("the Joint Staff,
 * returned from"), nor a clitic before it.
 */
function trimmed(toks: Tok[], s: NameSpan): NameSpan {
  let a = s.a;
  let b = s.b;
  // A clitic left of a name belongs to the word before it.
  while (b - a > 1 && CLITIC_S.test(toks[a]!.text)) a++;
  // "The Harbour Gazette": an organisation's leading article stays out of its name, as CoNLL writes it.
  if (s.type === "ORG" && b - a > 1 && (toks[a]!.text === "The" || toks[a]!.text === "THE")) a++;
  else if (pastIndefinite(toks, a, b) > a) {
    a++;
    if (b - a === 1 && peoplesAdjective(toks, a)) return nameSpan(toks[a]!.start, toks[a]!.end, "MISC", a, b, s.titled);
  }
  while (b - a > 1 && DAY_OR_MONTH.test(toks[b - 1]!.text)) b--;
  // "the Harbour Party's candidate": a name of two words or more ending on a possessive is the owner's
  // name ("Moody's", one word, may be the name itself; a saint's "St. Ortho's" is the saint's).
  if (b - a > 2 && CLITIC_S.test(toks[b - 1]!.text) && !SAINT.has(toks[a]!.text) && !TITLES.has(toks[b - 2]!.text)) b--;
  b = innerStop(toks, a, b);
  // Lower-case words after a comma end the name at the comma.
  let k = b;
  // a hyphen between lower-case words is theirs ("the Velasco anti-graft court")
  const lowerAt = (i: number) => toks[i]!.word && LOWER_START.test(toks[i]!.text);
  while (k - a > 1 && (lowerAt(k - 1) || (toks[k - 1]!.text === "-" && k - 2 > a && lowerAt(k - 2)))) k--;
  if (k < b && k - a > 1 && toks[k - 1]!.text === ",") b = k - 1;
  // Nor does a name end on lower-case words ("Ana Lima and did not", "Riverton Studios and all the"): it ends on its last capitalised word.
  else if (k < b && toks[k - 1]!.word && !LOWER_START.test(toks[k - 1]!.text)) {
    b = k;
    // A title's possessive stays for splitAtTitle, which drops the title ("the Pope's visit").
    while (b - a > 1 && CLITIC_S.test(toks[b - 1]!.text) && !TITLES.has(toks[b - 2]!.text)) b--;
  }
  a = pastPluralOpener(toks, pastOpener(toks, a, b), b);
  if (pastTrade(toks, a, b) > a) return nameSpan(toks[a + 1]!.start, toks[b - 1]!.end, "PER", a + 1, b, s.titled);
  if (pastFirmKind(toks, a, b) > a) return nameSpan(toks[a + 1]!.start, toks[b - 1]!.end, "ORG", a + 1, b, s.titled);
  const past = pastInitial(toks, b);
  if (past > b) return nameSpan(toks[a]!.start, toks[past - 1]!.end, "PER", a, past, s.titled);
  const place = s.type === "LOC" ? pastPlaceParticle(toks, b) : b;
  if (place > b) return nameSpan(toks[a]!.start, toks[place - 1]!.end, "LOC", a, place, s.titled);
  const surname = s.type === "PER" ? Math.max(pastSurname(toks, b), pastParticles(toks, b)) : b;
  if (surname > b) return nameSpan(toks[a]!.start, toks[surname - 1]!.end, "PER", a, surname, s.titled);
  const given = givenBeforeParticles(toks, a, b);
  if (given < a) return nameSpan(toks[given]!.start, toks[b - 1]!.end, "PER", given, b, s.titled);
  const family = beforeParticles(toks, a);
  if (family < a) return nameSpan(toks[family]!.start, toks[b - 1]!.end, "PER", family, b, s.titled);
  return a === s.a && b === s.b ? s : nameSpan(toks[a]!.start, toks[b - 1]!.end, s.type, a, b, s.titled);
}


/** c with some fields replaced, in the order the rules write them (classify.ts emit). */
function revised(c: Candidate, end: number, text: string, kind: Candidate["kind"], name: string, country: string | null, weak: boolean, start = c.start): Candidate {
  return { doc: c.doc, start, end, text, sentence: c.sentence, kind, name, country, role: c.role, via: c.via, alias: c.alias, weak };
}

const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;


function fromSpan(doc: Doc, toks: Tok[], s: NameSpan): Candidate | null {
  // A person's name never opens on a sentence's "The" ("The Ode administration", once read as a person's).
  if (s.type === "PER" && s.b - s.a > 1 && toks[s.a]!.text === "The") s = nameSpan(toks[s.a + 1]!.start, s.end, s.type, s.a + 1, s.b, s.titled);
  const text = doc.text.slice(s.start, s.end), bare = withoutStop(text);
  // Fields in the order the rules write them (classify.ts emit): candidates keep one shape.
  const { start, end } = s, sentence = toks[s.a]!.sentence;
  const cand = (kind: Candidate["kind"], name: string, country: string | null): Candidate =>
    ({ doc: doc.id, start, end, text, sentence, kind, name, country, role: null, via: "tagger", alias: true, weak: false });
  if ((s.type === "PER" || s.type === "LOC") && s.b - s.a <= 3 && partyMembers(toks[s.b - 1]!.text)) return cand("group", text, null);
  switch (s.type) {
    case "PER":
      return cand("person", bare, null);
    case "ORG":
      return cand("organization", withAmpersand(bare), null);
    case "LOC": {
      const g = gazetteer().exact.get(bare)?.[0];
      if (g?.kind === "country") return cand("country", g.name, g.iso3);
      return cand("place", g && g.kind !== "demonym" && g.kind !== "body" ? g.name : bare, g?.iso3 ?? null);
    }
    case "MISC":
      if (administrationLeader(toks, s)) return cand("person", bare, null);
      if (bodyBeforeChief(toks, s) || chamber(toks, s)) return cand("organization", bare, null);
      if (placeBeforeSite(toks, s)) return cand("place", bare, null);
      return namesPeople(toks, s) || movementMembers(toks, s) ? cand("group", text, null) : null;
  }
}

const KIND_OF: Record<NameSpan["type"], Candidate["kind"] | null> = { PER: "person", ORG: "organization", LOC: "place", MISC: null };
const isPlaceRule = (c: Candidate) => (c.via === "gazetteer" && c.kind === "place") || c.via === "metonym";
const same = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start === y.start && x.end === y.end;

/** A rule candidate with the kind the tagger gave its exact span; null when the tagger's kind is no actor. */
function retyped(doc: Doc, toks: Tok[], c: Candidate, s: NameSpan): Candidate | null {
  if (KIND_OF[s.type] === c.kind) return c;
  const t = fromSpan(doc, toks, s);
  return t && revised(c, c.end, c.text, t.kind, t.name, t.country ?? (t.kind === "person" || t.kind === "organization" ? null : c.country), c.weak);
}

/** What becomes of one rule candidate given the tagger's names: kept, retyped, or dropped (null). */
function reconcile(doc: Doc, toks: Tok[], c: Candidate, rules: Candidate[], names: NameSpan[], exact: NameSpan | undefined, titleCase: Set<number>): Candidate | null {
  if (GUESSES.has(c.via)) {
    // The tagger's agreement is evidence of its own: the guess is no longer weak.
    if (exact) {
      const r = retyped(doc, toks, c, exact);
      return r && revised(r, r.end, r.text, r.kind, r.name, r.country, false);
    }
    // Where the tagger saw nothing, a weak guess stays ("DPR", a bare "Mainichi"): resolution keeps it only
    // if a name found otherwise claims it. Not in a line in capitals, where every word looks like one.
    if (!c.weak) return null;
    const firm = c.via === "single" && c.start === doc.sentences[c.sentence]?.start && !names.some((s) => overlaps(s, c)) ? opensFirm(toks, doc.text, c, names) : null;
    if (firm) return revised(c, c.end, c.text, "organization", c.name, c.country, false);
    const sentence = doc.sentences[c.sentence];
    return sentence && hasLower(doc.text, sentence.start, sentence.end) && !names.some((s) => overlaps(s, c)) ? c : null;
  }
  // "President Ann van Ode": a titled person's name runs on through a lower-case particle the rules stop at.
  if (c.kind === "person" && (c.via === "title" || c.via === "honorific")) {
    const longer = names.find((s) => s.type === "PER" && s.start === c.start && s.end > c.end);
    if (longer) {
      const text = doc.text.slice(longer.start, longer.end);
      return revised(c, longer.end, text, c.kind, text, c.country, c.weak);
    }
  }
  if (givesWay(doc, toks, c, names, titleCase) || personOfFirm(doc.text, c, names)) return null;
  // "the Ministry of Economy, Trade and Industry" (orgcomplement.ts): the rules' body takes its subject on
  if (c.kind === "organization" && c.via === "org") {
    const longer = names.find((s) => s.type === "ORG" && s.start <= c.start && s.end > c.end && COMPLEMENT.test(doc.text.slice(c.end, s.end)));
    if (longer) {
      const rest = doc.text.slice(c.end, longer.end);
      return revised(c, longer.end, c.text + rest, c.kind, c.name + rest, c.country, c.weak);
    }
  }
  const t = c.kind === "organization" && (c.via === "org" || c.via === "media") ? openingWordOf(toks, c, names) : null;
  if (t) return revised(c, c.end, doc.text.slice(t.start, c.end), c.kind, `${t.text} ${c.name}`, c.country, c.weak, t.start);
  // Only places and countries the gazetteer knows, and capitals read as their country: bodies keep their kind.
  const country = c.via === "gazetteer" && c.kind === "country";
  if (!isPlaceRule(c) && !country) return c;
  // A city the tagger reads as a team, a company or a person in this sentence ("Riverton beat Eastport");
  // a country only as a person ("Chad said he …"): a country's team or government is still the country.
  // A place of several words the gazetteer knows ("Abu Dhabi's oil company") is no one's name.
  const person = exact?.type === "PER" && exact.b - exact.a === 1;
  // "the agency's Riverton office": a town before an office or a plant is where it stands
  // a continent or a world region, in no country, is never a firm or a team
  const firm = exact?.type === "ORG" && !country && c.country !== null && !SITE_AFTER.test(doc.text.slice(c.end, c.end + 14));
  if (exact && (person || firm) && !datelinePlace(doc.text, c)) return retyped(doc, toks, c, exact);
  // "the Greater Riverton Open", "Dynamo Eastport", "Air Freedonia": a place inside a longer name is part of that name;
  // so is a town or region inside a longer place ("the Port of Riverton", "Eastport City"), unless that place only
  // grew by a sentence's first word ("If Eastport"), whose capital says nothing. A country, or a capital read as its
  // government, stays itself ("the Eastport-Northfield highway" still holds the capital's government).
  const inPlace = (s: NameSpan) => c.kind === "place" && (s.start === c.start || !toks[s.a]!.initial);
  // A capital read as its government inside a longer name of words apart ("Hollis Canberra", "Greater Eastport") is that name's.
  const inName = (s: NameSpan) => c.via === "metonym" && !doc.text.slice(s.start, s.end).includes("-") && (s.start === c.start || !toks[s.a]!.initial);
  // "Port of Spain": a known place holding a lower-case word is no country inside it
  const knownPlace = (s: NameSpan) => knownPlaceName(doc.text.slice(s.start, s.end));
  const longer = names.find((s) => s.start <= c.start && s.end >= c.end && !same(s, c) && (s.type !== "LOC" || inPlace(s) || inName(s) || knownPlace(s)));
  if (longer && !rules.some((r) => r !== c && !isPlaceRule(r) && !GUESSES.has(r.via) && overlaps(r, longer) && !givesWay(doc, toks, r, names, titleCase))) return null;
  return c;
}

/**
 * "the Parks and Wildlife Service": an organisation the rules found by its head word gives way to a longer
 * organisation the tagger read ending on the same head across an "and", "&" or "of" ("Northern Trust of Canada
 * Corp.", where the rules read a company named "Canada Corp."), where the rules stop. Only there: a
 * country or demonym before the head ("Freedonian Foreign Ministry") is the rules' to read. So does one a name runs
 * back over the sentence's first word or a founder's possessive ("Unified Freightlines Inc.", "Carver's Bancshares
 * Inc.": orgedges.ts, orgjoin.ts).
 */
function givesWay(doc: Doc, toks: Tok[], c: Candidate, names: NameSpan[], titleCase: Set<number>): boolean {
  if (c.via !== "org") return false;
  // or by the sentence's first word when the article writes the longer name's initials ("… Forces (RSF)")
  const byAcronym = (s: NameSpan) => toks[s.a + 1]?.start === c.start && toks[s.a]!.initial && acronymWritten(toks, s.a, s.b);
  const before = (s: NameSpan) => JOIN_BEFORE.test(doc.text.slice(s.start, c.start)) || grewByFirstWord(toks, s, c.start, titleCase) || grewByOwner(toks, s, c.start) || byAcronym(s);
  return names.some((s) => s.type === "ORG" && s.end === c.end && s.start < c.start && before(s));
}

/** Rule candidates reconciled with the tagger's names; the result is sorted by offset. */
export function withTaggedNames(doc: Doc, toks: Tok[], rules: Candidate[], tagged: NameSpan[], titleCase = titleCaseSentences(doc, toks)): Candidate[] {
  // "The Aug. 7 blasts": a span ending on a month's short form before a day is a date the tagger misread.
  // Arrays pushed one by one, as the tagger's are: each keeps one shape from document to document.
  const edged: NameSpan[] = [];
  const found = datelineTowns(doc.text, toks, tagged);
  for (const t of found)
    for (const piece of splitAtClauseComma(toks, t)) {
      const s = piece === t ? grownAsElsewhere(doc.text, toks, found, t) : typedAsElsewhere(doc.text, found, piece);
      if (!titleCase.has(toks[s.a]!.sentence) && !dateAbbreviation(toks, s.b - 1) && !openerRunOn(toks, s, tagged)) for (const q of pastNationalityNouns(toks, trimmed(toks, s))) for (const p of personOfCountry(toks, q)) edged.push(withAbbreviationStop(toks, p));
    }
  // A span grown past an initial covers the tagger's pieces of the same name ("III").
  // Two pieces grown into one name ("Ana" on over "van der", "Berg" back over them) leave it once.
  const read = outermost(edged).filter((s, k, all) => k === 0 || all[k - 1]!.start !== s.start || all[k - 1]!.end !== s.end);
  const split: NameSpan[] = [];
  // a piece must hold a word and be more than a short title: "R-Miss." splits at "Miss" and leaves its full stop; "Gen." alone
  for (const s of read) for (const p of splitAtTitle(doc.text, toks, s)) if (!titleWordsOnly(toks, p) && toks.slice(p.a, p.b).some((t) => t.word) && !abbreviatedTitle(doc.text.slice(p.start, p.end))) split.push(p);
  const persons = orgByApposition(doc.text, toks, orgByUse(doc.text, toks, personByName(doc.text, toks, personAfterRole(toks, givenNamesBefore(toks, givenNamePlaces(toks, personByTitle(doc, toks, rules, split)))))));
  const places = placesWithParticles(toks, placeByHead(toks, placeAfterMotion(toks, placesInLists(toks, platformNames(toks, orgAfterOf(toks, placeAfterOf(toks, townsBeforeBodies(doc.text, toks, placeByOffice(doc.text, toks, persons)))))))));
  const typed = splitFirmsAtAnd(toks, saintNames(toks, orgLegalForms(toks, orgByHead(toks, ownerInstitutions(toks, places)))));
  const companies = orgShortForms(toks, joinAcrossAnd(toks, pluralPossessives(toks, joinComplements(toks, joinFirmCommas(toks, joinCompanyNames(toks, companyFirstWord(toks, typed, titleCase), titleCase), titleCase)))), rules, titleCase);
  const names = hyphenModifiers(toks, partyNames(toks, spansByAcronym(toks, townsByState(toks, hyphenPairs(toks, companies, titleCase), doc.text))));
  const kept: Candidate[] = [];
  const byStart = new ByStart(names);
  for (const c of rules) {
    const r = reconcile(doc, toks, c, rules, names, byStart.same(c), titleCase);
    if (r) kept.push(r);
  }
  withoutSubjects(kept, rules);
  const out = [...kept];
  const keptOverlaps = new Overlaps(kept);
  const titledAt = new Map(kept.filter((c) => c.via === "title").map((c) => [c.start, c]));
  for (const s of names) {
    if (keptOverlaps.any(s) || (titledAt.size && endsTitle(toks, s, titledAt))) continue;
    const c = fromSpan(doc, toks, s);
    if (c && c.text.trim()) out.push(c);
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
