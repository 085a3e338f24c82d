import { lexiconTags } from "../text/compromise.js";

// "The Briton, who lost his title in March, said": a definite description by nationality ("the
// American", "the 31-year-old Dane") names nobody, but a story writes it for the person it is
// about, as it writes "he". Trades and offices ("the pilot", "the scientist", "the minister") are
// not read so: they as often mean an unnamed person the story brought in ("a forensic scientist").

/** Nouns for one person of a nation that compromise does not tag as demonyms. */
const NATIONALS = new Set([
  "briton", "englishman", "englishwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "irishman", "irishwoman",
  "frenchman", "frenchwoman", "dutchman", "dutchwoman", "spaniard", "swede", "dane", "finn", "pole", "turk", "scot",
]);
/** "the French", "the Chinese", "the Swiss": a demonym in these endings stands for the whole nation. */
const COLLECTIVE = /(?:ch|sh|ss|ese)$/;
const DESCRIPTION = /^the\s+(?:(?:former|young|\d+-year-old)\s+)?(\p{L}+)$/iu;

/** Whether a subject describes one person by nationality: "the Briton", "the 31-year-old American". */
export function describesByNationality(subject: string): boolean {
  const m = DESCRIPTION.exec(subject.trim());
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  if (NATIONALS.has(w)) return true;
  return lexiconTags(w).includes("Demonym") && !COLLECTIVE.test(w);
}
