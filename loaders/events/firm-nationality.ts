// "A Norland company signed a deal", "Norland's biggest carmaker offered …": a state or body named
// before a noun for a firm gives the firm's nationality or owner; the firm is no political actor
// (the gold guide codes no company news), and the state did not act; so do commercial "banks" (not
// central, national, state or development ones), lenders, insurers and airlines. Not "makers", "producers",
// "exporters" or "suppliers": "<State>'s policy makers" are its officials, "oil producers" and "arms
// suppliers" are as often states.

/** A firm noun right after the name, past an optional possessive and up to two modifiers. */
const FIRM_AFTER =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:company|companies|firm|firms|corporation|conglomerate|manufacturers?|carmakers?|retailers?|businessm[ae]n|contractors?|(?<!(?:central|national|development|reserve|world|state|public)\s)banks|lenders|insurers|airlines|brokerages)\b/u;

/** Whether the name at `end` qualifies a firm that follows it. */
export function namesFirm(text: string, end: number): boolean {
  return FIRM_AFTER.test(text.slice(end, end + 48));
}
