// The reporter's attribution caught between marks. When a wire's straight marks are paired out
// of phase (one mark lost or added earlier in the paragraph), the span between two marks holds
// the reporter's "said the coach." or "…, Ode said. The town …" instead of a speaker's words.
// A speaker names others in the third person, but does not tag his own sentence with an
// inverted "said Ode" or close one on "Ode joked": those are the reporter's forms.

/** Verbs the reporter puts before or after a speaker's name to tag a quotation ("said Ode", "Ode joked"). */
const TAG_VERB = "(?:said|says|added|adds|lamented|recalled|explained|noted|joked|asked|insisted|declared|admitted|conceded|observed|remarked|replied|quipped|exclaimed|countered|retorted|continued|stressed|complained|cautioned)";
/** One to four capitalised words, not a first or second person ("I said" opens a speaker's own words). */
const NAME = "(?!(?:I|We|You)\\b)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
/** A speaker after an inverted verb: "the coach", "club chairman Ann Ode", "scholar Ada Kell", ending at a stop or comma. */
const AFTER_VERB = `(?:(?:the|a|an)\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}${NAME}\\s*[.,]`;

/** "said club chairman Ann Ode." opening the span. */
const OPENS_INVERTED = new RegExp(`^\\s*,?\\s*${TAG_VERB}\\s+${AFTER_VERB}`, "u");
/** The whole span is "Ode recalled." */
const ONLY_TAG = new RegExp(`^\\s*(?:${NAME}|He|She)\\s+${TAG_VERB}\\s*[.,]?\\s*$`, "u");
/** The span closes on "…, Ode joked,": the tag of the quotation after it. */
const ENDS_ON_TAG = new RegExp(`,\\s+(?:${NAME}|he|she)\\s+${TAG_VERB}\\s*,?\\s*$`, "u");
/** "…, Ode said. The town …": a tagged sentence ended inside the span, narration going on after it. */
const TAG_INSIDE = new RegExp(`,\\s+(?:${NAME}|he|she)\\s+${TAG_VERB}\\.\\s+\\p{Lu}`, "u");

/** Whether the text between two marks holds the reporter's tag of a quotation rather than a speaker's words. */
export function holdsReporterTag(inner: string): boolean {
  return OPENS_INVERTED.test(inner) || ONLY_TAG.test(inner) || ENDS_ON_TAG.test(inner) || TAG_INSIDE.test(inner);
}
