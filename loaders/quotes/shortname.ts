import type { ResolvedMention } from "../types.js";

// A company is often named by its first word after its full name ("Harlow-Pine Co." … "Harlow
// announced"). Written alone as a subject, that word looks like a surname; when the article names
// an organisation starting with it, it is the organisation, and no "he" that follows continues it.

/** Whether `speaker`, one capitalised word, opens the name of an organisation mentioned in the article. */
export function opensOrganisationName(speaker: string, sorted: ResolvedMention[]): boolean {
  const word = speaker.trim();
  if (!/^\p{Lu}[\p{L}.'’]*$/u.test(word)) return false;
  return sorted.some((m) => m.kind === "organization" && m.text.length > word.length && m.text.startsWith(word) && /^[-\s&]/u.test(m.text.slice(word.length)));
}
