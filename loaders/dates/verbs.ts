// The words tense.ts reads a clause's time by: auxiliaries and modals, verbs of a plan, of an
// appointment and of a timetable in the present, pasts of going somewhere, and the prepositions
// and determiners around a date.

export const FUTURE_AUX = new Set(["will", "shall", "would", "'ll", "wo"]);
export const PERFECT_AUX = new Set(["has", "have", "had"]);
/**
 * "must be returned by Jan. 14", "may resume in May": a modal looks ahead unless a perfect
 * follows ("may have"). Not "could": in reports it is as often the past of "can".
 */
export const MODALS = new Set(["must", "should", "may", "might", "can"]);
/** Verbs of a plan or a hope in the present, before "to": what they plan lies ahead of the article. */
export const PLAN_PRESENT = new Set([
  "hopes", "hope", "expects", "expect", "plans", "plan", "aims", "aim", "intends", "intend", "wants", "want", "seeks", "seek",
  "promises", "promise", "vows", "vow", "pledges", "pledge", "proposes", "propose", "prepares", "prepare", "needs", "need",
]);
/**
 * Pasts of going somewhere: their "to" heads a destination ("returned to work", "came to power"),
 * or at most a purpose told with the journey ("went to vote"), never a plan ahead of the article.
 */
export const DESTINATION = new Set([
  // and pasts that say whether the act took place, at their own time ("failed to agree on Tuesday")
  "failed", "managed", "tried", "attempted", "neglected", "forgot", "dared", "happened",
  "returned", "came", "went", "headed", "moved", "travelled", "traveled", "flew", "drove", "sailed", "rushed", "fled", "walked",
  "marched", "ran", "got", "took", "turned", "switched", "rose", "fell", "climbed", "dropped", "slipped", "sank", "jumped",
]);

export const BE = new Set(["be", "been", "being", "is", "are", "am", "'s", "'re"]);
/** Past verbs that appoint a date ("scheduled … for", "adjourned … until", "called a strike for"): they say nothing of the date's side. */
export const RESCHEDULED = new Set(["scheduled", "rescheduled", "postponed", "adjourned", "deferred", "delayed", "moved", "pushed", "planned", "set", "slated", "fixed", "called"]);
/** Of those, the ones whose object is the appointed thing itself ("scheduled a hearing Friday", "planned a march on Saturday"). */
export const APPOINTING = ["scheduled", "rescheduled", "planned"];
export const TO_A_DATE = new Set(["for", "until", "till", "to"]);
export const WEEKDAY_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u;
export const WEEKDAY_ONLY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** Words before a date used as a noun's modifier ("the Oct. 26 vote", "its March 3 report"). */
export const ATTRIBUTIVE_BEFORE = new Set(["the", "its", "their", "his", "her", "this", "that"]);
/** Prepositions of a deadline before a date, or of a stretch up to it ("could last into the summer"). */
export const DEADLINE = new Set(["by", "until", "till", "through", "into"]);
/** Words after "to" that make it a preposition, not an infinitive's marker. */
export const NOT_INFINITIVE = ["Determiner", "Possessive", "Pronoun", "Value", "Cardinal", "ProperNoun", "Currency"];
/** Verbs of a timetable in the third person present: a date they take lies ahead. */
export const SCHEDULE_PRESENT = new Set(["opens", "begins", "starts", "ends", "resumes", "expires", "closes", "convenes", "reconvenes", "kicks", "departs", "arrives", "takes", "goes", "heads", "travels", "visits", "meets", "votes"]);
export const DATE_PREP = new Set(["on", "in", "for"]);
export const PRESENT_BE = new Set(["is", "are", "am", "'s", "'re"]);
/** Predicates of a schedule: after a present "be" they put the clause's date ahead. */
export const SCHEDULED = new Set(["due", "scheduled", "slated", "expected", "planned", "set", "poised", "likely", "forecast", "predicted", "projected"]);

const alternatives = (words: Iterable<string>) => [...words].map((w) => w.replace("'", "['’]")).join("|");
/**
 * The schedule cues above as one pattern, for the stage's test of whether a sentence can look
 * ahead at all (dates/index.ts): a present "be" before a schedule word or a date's preposition, or
 * a timetable verb.
 */
export const SCHEDULE_CUE = String.raw`(?:^|[^\p{L}'’])(?:${alternatives(PRESENT_BE)})\s+(?:${alternatives([...SCHEDULED, ...DATE_PREP])})\b|\b(?:${alternatives(SCHEDULE_PRESENT)})\b`;

/**
 * Past forms the lexicon files as nouns or adjectives ("shares rose", "the envoy left"), and
 * verbs whose past is their present ("officials set the date"): never a timetable's verb.
 */
export const PAST_FORMS = new Set([
  "rose", "left", "lay", "ground", "wound", "bound", "lost", "lit", "fed", "bred", "sped", "fled", "dealt", "meant", "stole",
  "rode", "drove", "spoke", "tore", "wore", "swore", "bore", "slew", "flew", "drew", "grew", "threw", "knew", "blew", "sank",
  "cut", "hit", "put", "set", "beat", "cast", "cost", "hurt", "let", "quit", "shut", "spread", "split", "bet", "bid", "burst",
  "shed", "thrust", "upset", "broadcast", "forecast", "read",
]);
