// The closed class of state organs a sentence may name bare ("police arrested …", "the court
// ordered …", "officials said they would …"): common nouns that, with no name, demonym or
// possessor, stand for a state acting (the gold guide's "unnamed officials → their state").
// Kept as data so that what counts as an organ is read and changed in one place.

/** Heads of a state organ, as regex alternatives; a plural and its singular both where both act. */
export const ORGAN_HEADS = [
  "police",
  "security\\s+forces",
  "government\\s+forces",
  "troops",
  "soldiers",
  "army",
  "military",
  "navy",
  "air\\s+force",
  "government",
  "authorities",
  "officials",
  "ministry",
  "(?:foreign|interior|defen[cs]e|justice|finance)\\s+ministry",
  "cabinet",
  "parliament",
  "courts?",
  "judge",
  "prosecutors",
  "investigators",
];

/** Modifiers a bare organ may carry between its article and its head: "the riot police", "a provincial appeals court", "senior officials". */
export const ORGAN_MODIFIERS = [
  "federal", "appeals?", "supreme", "high", "district", "military", "local", "state", "riot", "secret", "border",
  "national", "paramilitary", "special", "regional", "provincial", "city", "municipal", "ruling", "communist",
  "socialist", "interim", "transitional", "provisional", "caretaker", "new",
  // Whose officials they are, when still the state's own: "government officials", "senior ministry officials".
  "senior", "top", "government", "ministry", "security", "police", "army",
];

/**
 * Organs that keep order inside the state: named "in" a place ("police in Bangkok", "officials
 * in Lima"), they are that place's. Troops, soldiers and an army are not: "troops in Lebanon"
 * may be anyone's.
 */
export const DOMESTIC_HEADS = new Set(["police", "government", "authorities", "officials", "ministry", "cabinet", "parliament", "court", "judge", "prosecutors", "investigators"]);

/**
 * Words before a bare organ that make it someone else's than the article's state: "foreign
 * troops", "rebel soldiers", "opposition officials", "UN peacekeeping troops".
 */
export const NOT_HOME_BEFORE = /\b(?:foreign|rebel|opposition|enemy|international|peacekeeping|allied|coalition|western|occupying|invading|neighbou?ring|other|exiled|breakaway)\s+(?:[a-z]+\s+){0,2}$/i;

/**
 * Finite verbs not ending in -ed or -s that may follow an organ heading its clause ("troops
 * shot …", "the court upheld …"): the -ed and -s forms are read by shape. Not "said" or "told":
 * a bare organ as the speaker would be credited with the acts of whoever it reports on ("officials
 * said the gunmen had seized …"), as the role reader falls back on the speaker.
 */
export const IRREGULAR_PAST = [
  "took", "began", "made", "gave", "sent", "met", "held", "fought", "shot", "struck", "threw",
  "led", "brought", "sought", "kept", "hit", "broke", "drove", "found", "tore", "won", "beat", "overran",
  "withdrew", "upheld", "overthrew", "swept", "stormed", "shut", "set", "put", "cut", "spoke", "let", "went",
];
