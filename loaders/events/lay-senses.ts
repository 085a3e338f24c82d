import type { TriggerMatch } from "./matcher.js";

// Senses of trigger words in news outside politics, each told by the words the trigger governs:
// - "called a snap election for March": a gapped protest pattern ending on the month's name
//   (capitalised mid-sentence) has found a date, not a march;
// - "launched a probe to the Moon", "a probe into orbit": a spacecraft, not an investigation;
// - "demanded a ransom": extortion, a crime and no political demand;
// - "blamed the result on the economy": a misfortune put down to the market or the weather;
// - "warned people to stay indoors": safety advice to the public (as an appeal to it, public-addressee.ts);
//   "warned that further increases could follow": a forecast naming no actor;
// - "offered its pilots a pay rise": an employer's terms to its own staff;
// - "promised to hold a referendum", "promised tax breaks for the project": a domestic step of
//   the promiser's own with no counterpart (domestic-step.ts has the other steps);
// - "promised that the Games would be sustainable": a quality assured, no act promised;
// - "congratulated the scientists", "thanked the nurses": praise of a class of one's own people.

/** A protest pattern's last word "March": the month (the lexicon's patterns match case-blind). */
const MONTH_MARCH = /^March$/u;

/** "a probe to the Moon", "a probe into orbit", "a lunar probe": a spacecraft. */
const SPACE_PROBE = /^\s+(?:to|towards|toward)\s+(?:the\s+)?(?:\p{Lu}|(?:outer\s+)?space\b|orbit\b)|^\s+into\s+(?:\p{Ll}+\s+)?(?:orbit|space)\b/u;
const SPACE_BEFORE = /\b(?:space|lunar|solar|planetary|interplanetary|robotic|unmanned|uncrewed|Mars|Moon)\s+probe$/u;

/** "demanded a ransom of 5 million dollars": extortion. */
const RANSOM = /^\s+(?:(?:a|an|the|huge|large|hefty)\s+)?(?:[\p{Ll}\p{N}$€£.,-]+\s+){0,3}?ransoms?\b/iu;

/** "blamed the defeat on the economy": the thing blamed on an ill of the market, weather or fortune. */
const BLAMED_ON_ILL =
  /^\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:[\p{Ll}-]+\s+){0,3}?on\s+(?:(?:the|a|an|high|higher|rising|weak|poor|bad|slow|sluggish|global|heavy|severe)\s+)*(?:economy|economic\s+\p{Ll}+|weather|rain|drought|heat|inflation|prices|costs|recession|slowdown|pandemic|market|markets|demand|competition|bad\s+luck|injuries)\b/iu;

/** "warned residents to stay indoors", "warned people not to swim": advice to the public. */
const PUBLIC_WARNED =
  /^\s+(?:(?:the|all|local|nearby|elderly|older|young|many)\s+)*(?:people|residents|citizens|the\s+public|motorists|drivers|travell?ers|tourists|swimmers|hikers|parents|patients|farmers|fishermen|households|consumers|customers|users)\s+(?:not\s+to|to)\s+\p{Ll}/u;

/**
 * "warned that further increases could follow": a that-clause to the sentence's end with no name,
 * no pronoun and no addressee is a forecast about things, about no actor.
 */
const THINGS_WARNED = /^\s+that\s+(?![^]*\b(?:it|its|they|them|their|he|him|his|she|her|we|our|us|you|your|such)\b)[^\p{Lu}"“”]*$/u;

/** "offered its pilots a pay rise", "promised nurses higher wages": terms to one's own staff. */
const STAFF_PAID =
  /^\s+(?:(?:its|their|the|his|her)\s+)?(?:\p{Ll}+\s+)?(?:staff|workers|employees|pilots|crews?|nurses|doctors|teachers|drivers|miners|dockers|members|unions?)\s+(?:a|an|higher|better|new)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?(?:pay|wage|salary|wages|salaries|bonus|bonuses|raise)\b/iu;

/** "promised to hold a referendum on the new airport", "pledged to call early elections". */
const VOTE_HELD =
  /^\s+(?:(?:on|in|last|this|earlier)\s+\p{Lu}?\p{Ll}+\s+)?to\s+(?:hold|call|organi[sz]e|stage)\s+(?:(?:a|an|the|new|early|snap|fresh|local|regional|binding|national)\s+)*(?:referendum|referendums|plebiscite|ballot|vote|elections?|polls?|inquiry|public\s+inquiry|consultation)\b/iu;
/** "promised new elections", "pledged to restore order", "promised to crack down on kidnappers": steps at home. */
const HOME_STEP =
  /^\s+(?:(?:(?:a|an|the|new|early|snap|fresh|free|general)\s+)*(?:elections?|referendum|polls?)\b|to\s+(?:restore\s+(?:law\s+and\s+)?order|(?:crack|clamp)\s+down\s+on\s+(?!(?:the\s+)?\p{Lu})))/u;
/** "promised tax breaks for the project": a fiscal favour of one's own state. */
const FISCAL_FAVOUR =
  /^\s+(?:(?:generous|new|more|further|extra|its|their)\s+)*(?:tax\s+(?:breaks|cuts|credits|relief|incentives|exemptions)|subsidies|incentives|grants)\s+(?:for|to)\s+(?:the|a|an|its|their|local|new|this)\s+\p{Ll}/iu;
/** A name in the step's own phrase makes it a step towards another ("a referendum on <Region>'s status"). */
const NAME_IN_STEP = /^[^.;]{0,40}?\b(?:on|with|for|to|in)\s+(?:the\s+)?\p{Lu}/u;

/** "promised that the Games would be sustainable": an assurance of a quality, no act promised. */
const QUALITY_ASSURED =
  /^\s+that\s+[^.;,]{1,60}?\s+(?:would|will)\s+(?:be|remain|stay)\s+(?:(?:very|fully|entirely|truly|more|both)\s+)?(?:\p{Ll}+(?:able|ible|ful|ous|ive|al|ic|ent|ant)|safe|free|fair|open|cheap|green)\b(?!\s+(?:to|for|by|with)\b)/u;

/** "congratulated the scientists", "thanked the rescuers for their work": a class of one's own people. */
const OWN_PEOPLE_PRAISED =
  /^\s+(?:(?:the|all|its|their|his|her|our)\s+)?(?:\p{Ll}+\s+)?(?:scientists|researchers|engineers|workers|staff|employees|doctors|nurses|health\s+workers|rescuers|firefighters|volunteers|emergency\s+services|athletes|players|team|squad|crew|organi[sz]ers|teachers|students|fans|supporters|voters)\b(?![^.;]{0,30}?\b(?:of|from|in)\s+(?:the\s+)?\p{Lu})/u;

/** Whether the trigger's words read in a sense that tells no act between political actors. */
export function laySenseNoAct(t: TriggerMatch, text: string, end: number): boolean {
  const type = t.entry.type, h = t.head;
  const after = text.slice(t.headEnd, Math.min(end, t.headEnd + 120));
  const tail = text.slice(t.end, Math.min(end, t.end + 120));
  if (type === "PROTEST") return t.end - t.start > 5 && MONTH_MARCH.test(text.slice(t.end - 5, t.end));
  if (type === "ACCUSE" && /probe$/u.test(text.slice(t.start, t.end))) return SPACE_PROBE.test(tail) || SPACE_BEFORE.test(text.slice(t.start, t.end));
  if (t.entry.pos !== "verb") return false;
  if (type === "REQUEST" && /^demand/u.test(h)) return RANSOM.test(after);
  if (type === "ACCUSE" && h.startsWith("blam")) return BLAMED_ON_ILL.test(after);
  if (type === "ACCUSE" && h.startsWith("warn")) return PUBLIC_WARNED.test(after) || THINGS_WARNED.test(text.slice(t.headEnd, end));
  if (type === "AGREE" && /^(?:offer|promis|pledg)/u.test(h) && STAFF_PAID.test(after)) return true;
  if (type === "AGREE" && /^(?:promis|pledg|vow)/u.test(h)) {
    const m = VOTE_HELD.exec(tail) ?? FISCAL_FAVOUR.exec(tail) ?? HOME_STEP.exec(tail);
    return (!!m && !NAME_IN_STEP.test(tail.slice(m[0].length))) || QUALITY_ASSURED.test(tail);
  }
  if (type === "SUPPORT" && /^(?:congratulat|thank|prais|salut|hail)/u.test(h)) return OWN_PEOPLE_PRAISED.test(after);
  return false;
}
