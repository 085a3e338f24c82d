// "X said Y was eager to join", "X was quoted as saying villagers died in air raids": past a
// reporting verb whose clause opens on a subject of its own, an act in that clause is not the
// speaker's. A pronoun opening the clause ("X said it would …") may be the speaker, and is left
// to the pronoun readings.

/** Words opening a reported clause that leave its subject to the speaker: pronouns, the speaker's own ("his government"), prepositions, adverbs. */
const NOT_OWN = String.raw`(?:it|he|she|they|we|i|you|that|his|her|its|their|our|my|in|on|at|during|after|before|when|while|through|from|as|and|but|to|of|for|with|by|\p{L}+ly)\b`;
/** "said an officer had visited …": one of the speaker's own people sent on the act. */
const OWN_MEMBER = String.raw`(?:an?|one)\s+(?:\p{Ll}+\s+)?(?:officers?|officials?|agents?|envoys?|diplomats?|delegations?|teams?|spokes(?:man|woman)|representatives?|investigators?|detectives?|soldiers?|units?)\b`;
/** A time the reporting verb may carry before its clause: "said Friday", "said on Monday", "said late last week". */
const TIME = String.raw`(?:(?:on|late|early|last|this)\s+)*(?:\p{Lu}\p{Ll}+day|today|yesterday|tonight|week|month|year|\p{Lu}\p{Ll}+\s+\d{1,2})\s+`;

/** A reporting verb, an optional "that" and a time, then a word that opens a subject of the clause's own. */
const REPORTED_OWN_SUBJECT = new RegExp(String.raw`\b(?:said|says|say|saying|added|stated|declared)\s+(?:that\s+)?(?:${TIME})?(?!${NOT_OWN}|${OWN_MEMBER}|${TIME})[\p{L}\p{N}]`, "iu");

/**
 * "says 25 rebels were killed in clashes": a passive leaves its agent out, and the side reporting a
 * fight its enemies fell in is read as that agent (adjunct-nouns.ts); "civilians died in attacks"
 * names the dead only.
 */
const PASSIVE_CASUALTY = /\b(?:(?:is|are|was|were|been)\s+)?(?:\p{Ll}+ly\s+)?(?:killed|wounded|injured|slain|captured)\s+(?:in|during)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Whether the words between a name and a trigger hold a reported clause with its own subject. */
export function reportedClauseBetween(gap: string): boolean {
  return gap.includes("sa") && REPORTED_OWN_SUBJECT.test(gap) && !PASSIVE_CASUALTY.test(gap);
}
