// "OpenAI", "PayPal", "BlackRock", "SoftBank": a word with a capital inside it, after lower-case
// letters, is a firm's or an outfit's name written as one word; people's names that look so
// begin with a family-name prefix ("McCarthy", "MacArthur", "DeSantis", "LaGuardia", "FitzGerald").

const BRAND = /^\p{Lu}\p{Ll}{2,}\p{Lu}[\p{L}\d]*$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Del|Dos|Des|Della|St)\p{Lu}/u;

/** Whether a single capitalised word is written like a firm's name, not a person's. */
export function isBrandCase(word: string): boolean {
  return BRAND.test(word) && !SURNAME_PREFIX.test(word);
}
