import type { ActorRow, Doc, Problem, ResolvedMention } from "../types.js";
import type { Candidate } from "./candidate.js";
import { appositionRoles } from "./appositionrole.js";
import { placesByRegion } from "./placeregion.js";
import { statesByAbbreviation } from "./stateabbr.js";
import { orgLastWords } from "./orglastword.js";
import { countriesByEarlierName } from "./countrytail.js";
import { pluralsOfNames } from "./pluralname.js";
import { datelineAgencies } from "./datelineagency.js";
import { withoutIndexes } from "./indexname.js";
import { withoutStorms } from "./stormname.js";
import { withoutLaws } from "./lawname.js";
import { firstWordNames } from "./firstword.js";
import { surnamesNotBodies } from "./surnameorg.js";
import { withoutDiseases } from "./diseasename.js";
import { withoutAwards } from "./awardname.js";
import { withoutHolidays } from "./holidayname.js";
import { withoutEventNames } from "./eventname.js";
import { withoutOpeningVerbs } from "./openingverb.js";
import { withoutCommonOpeners } from "./commonopener.js";
import { withoutWorkTitles } from "./worktitle.js";
import { sharedSurnames } from "./sharedsurname.js";
import { firmsByUse } from "./orgbyuse.js";
import { withoutTickers } from "./ticker.js";
import { countriesByContext } from "./ambiguouscountry.js";
import { titleOffices } from "./titleoffice.js";
import { withoutSlogans } from "./slogan.js";
import { nicknames } from "./nickname.js";
import { acronymNames } from "./acronymname.js";
import { bracketAcronyms } from "./bracketacronym.js";
import { waterBodies } from "./waterbody.js";
import { THING_ACRONYMS } from "./lexicon/thingacronyms.js";
import { findCandidates } from "./classify.js";
import { readRegistry } from "./registry.js";
import { publishedYear, type YearOf } from "./merge.js";
import { resolve, type Resolution } from "./rows.js";
import { nerModel, tagNames } from "./ner/tagdoc.js";
import { orgShortNames } from "./orgprefix.js";
import { firmsByFirstWord, firmsByOpeningWord } from "./firstwordorg.js";
import { oneKindPerWord } from "./onekind.js";
import { datelineTownNames } from "./datelineplace.js";
import { withoutProducts } from "./productname.js";
import { kindsFromLists } from "./listkind.js";
import { lowerCaseBrands } from "./lowerbrand.js";
import { orgTownShortNames } from "./orgcity.js";
import { withTaggedNames } from "./tagged.js";
import { titleCaseSentences } from "./titlecase.js";
import { advocacyNames } from "./advocacyname.js";
import { withoutOffices } from "./officename.js";
import { headlineEchoes } from "./headlineecho.js";
import { withoutShips } from "./shipname.js";
import { tokenize } from "./tokens.js";

export interface ActorOptions {
  /** The editable registry (data/actors.csv); read before anything is guessed. */
  registryPath?: string | null;
  /** Where registry problems go; printed to stderr, one line each, when absent. */
  problems?: Problem[];
}

/** What the article as a whole says about its candidates, read in this order after the tagger and the rules. */
const ARTICLE_EVIDENCE: ((doc: Doc, cands: Candidate[], titleCase: ReadonlySet<number>) => Candidate[])[] = [
  advocacyNames,
  lowerCaseBrands,
  (_, c) => firmsByFirstWord(c),
  (_, c) => firmsByOpeningWord(c),
  // a product is no firm whose short name the article uses ("Lumo, … its app, Lumo Learn, …")
  withoutProducts,
  (doc, c) => orgShortNames(c, doc.text),
  (_, c) => orgTownShortNames(c),
  (_, c) => orgLastWords(c),
  titleOffices,
  appositionRoles,
  withoutOffices,
  statesByAbbreviation,
  placesByRegion,
  (_, c) => countriesByEarlierName(c),
  countriesByContext,
  nicknames,
  sharedSurnames,
  firmsByUse,
  acronymNames,
  bracketAcronyms,
  waterBodies,
  (_, c) => pluralsOfNames(c),
  datelineAgencies,
  withoutStorms,
  withoutShips,
  withoutLaws,
  withoutIndexes,
  withoutTickers,
  (_, c) => firstWordNames(c),
  (_, c) => surnamesNotBodies(c),
  withoutDiseases,
  withoutAwards,
  (_, c) => withoutHolidays(c),
  withoutEventNames,
  withoutOpeningVerbs,
  withoutCommonOpeners,
  withoutWorkTitles,
  withoutSlogans,
  datelineTownNames,
  headlineEchoes,
  kindsFromLists,
  (doc, c) => oneKindPerWord(doc.text, c),
];

/**
 * Candidate mentions of one article. An article that breaks the tagger yields none;
 * a missing or corrupt weights file throws (WeightsError): no article can be tagged without it.
 */
export function articleCandidates(doc: Doc): Candidate[] {
  nerModel();
  try {
    const toks = tokenize(doc);
    // Sentences set in title case: read once, by the tagger's reconciling and by the headline's echoes.
    const titleCase = titleCaseSentences(doc, toks);
    let cands = withTaggedNames(doc, toks, findCandidates(doc, toks), tagNames(doc, toks), titleCase);
    for (const step of ARTICLE_EVIDENCE) cands = step(doc, cands, titleCase);
    // A mention lies inside one sentence: the tables point at the sentence that holds it.
    return cands.filter(
      (c) => !THING_ACRONYMS.has(c.text) && c.end > c.start && c.sentence >= 0 && c.end <= (doc.sentences[c.sentence]?.end ?? -1) && c.text.length === c.end - c.start && doc.text.startsWith(c.text, c.start),
    );
  } catch (e) {
    console.error(`${doc.id}: warning: actor tagging failed: ${(e as Error).message}`);
    return [];
  }
}

/** Resolution of candidates already found (the pipeline caches them per article), registry first. */
export function resolveCandidates(cands: Candidate[], options: ActorOptions = {}, yearOf?: YearOf): Resolution {
  const registry = readRegistry(options.registryPath);
  if (options.problems) options.problems.push(...registry.problems);
  else for (const p of registry.problems) console.error(`${p.file}: ${p.level}: ${p.message}`);
  return resolve(cands, registry.actors, yearOf);
}

/** Actors, mentions and the merges the resolver was unsure about. */
export function resolveActors(docs: Doc[], options: ActorOptions = {}): Resolution {
  const years = new Map(docs.map((d) => [d.id, publishedYear(d.published)]));
  return resolveCandidates(docs.flatMap(articleCandidates), options, (id) => years.get(id) ?? null);
}

/** Actors of the whole corpus, one row per real-world actor, and their mentions. */
export function extractActors(docs: Doc[], options: ActorOptions = {}): { actors: ActorRow[]; mentions: ResolvedMention[] } {
  const { actors, mentions } = resolveActors(docs, options);
  return { actors, mentions };
}
