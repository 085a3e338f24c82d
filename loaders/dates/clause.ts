import type { Doc } from "../types.js";
import { findAnchored } from "./anchor.js";
import { headlinePlan } from "./headline.js";
import { presentAhead } from "./present.js";
import { dateDirection, sentenceTerms, type Direction, type Term } from "./tense.js";

/** Phrases counted from another date of the text ("the next day", "two weeks later"). */
export const ANCHOR_CUE = /\b(?:that|same|following|next|previous|preceding)\s+(?:day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\b|\b(?:day|week|month|year|morning|afternoon|evening|night)s?\s+(?:before|after|later|earlier)\b|\b(?:end|beginning|start|middle)\s+of\s+the\s+month\b/i;

/** Words of a past clause, for a cheap test before a clause is read. */
const PAST_CUE = /\b(?:was|were|had|said|told|\p{Ll}{2,}ed)\b/u;

/** Words that open a subordinate clause. */
const SUBORDINATE = /\b(?:since|after|when|because|while|which|who|that|where|before|until)\b/i;

/** A pluperfect outside a relative clause ("which had been expected" leaves the main clause alone). */
const PLUPERFECT = /(?<!\b(?:which|who|that)\s+)\bhad\b/i;

/** A plan told in the past, before its date: "were expected to begin in", "was due to open on". */
const PAST_PLAN = /\b(?:was|were|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:expected|due|scheduled|supposed|meant|set|slated|planned|intended)\s+to\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:in|on|by|for)?\s*$/u;
/** The plan put off after its date: "but have been delayed", ", but was postponed". */
const PUT_OFF = /^[^.;]{0,40}\bbut\s+(?:(?:has|have|had|was|were)\s+(?:since\s+)?(?:been\s+)?)?(?:delayed|postponed|put\s+off|pushed\s+back|cancell?ed|scrapped|shelved|called\s+off|abandoned|suspended)\b/u;

/**
 * What a date's sentence says about it, read once per sentence and only when asked:
 * its direction in time (tense.ts) and whether the text counts it from another date.
 */
export class ClauseReader {
  private readonly terms = new Map<number, Term[]>();
  private readonly anchored = new Map<number, { start: number; end: number }[]>();
  constructor(private readonly doc: Doc) {}

  sentence(i: number): string {
    const s = this.doc.sentences[i]!;
    return this.doc.text.slice(s.start, s.end);
  }

  /**
   * Whether the date at [start, end) lies behind (-1), ahead (1) or at the clause's time (0);
   * with `schedule`, a timetable told in the present looks ahead (present.ts).
   */
  direction(sentence: number, start: number, end: number, schedule = false): Direction {
    const s = this.doc.sentences[sentence]!;
    // "since March" reaches back to it whatever the verb
    const before = this.doc.text.slice(Math.max(s.start, start - 40), start);
    if (/\bsince\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:before|after)\s+)?(?:the\s+)?$/i.test(before)) return -1;
    const sent = this.sentence(sentence);
    // "postponed until Thursday", "effective June 1": a limit or a start set ahead, whatever the
    // verb, unless a pluperfect sets the clause's own time in the past ("had not called until Thursday")
    // ("until at least Wednesday": a hedge between them changes nothing)
    const limit = /\b(until|till|by|effective)\s+(?:at\s+(?:least|the\s+(?:earliest|latest))\s+)?(?:(?:early|late|mid)[-\s]?)?$/i.exec(before)?.[1]!.toLowerCase();
    if (limit && limit !== "by" && !PLUPERFECT.test(sent)) return 1;
    if (!this.terms.has(sentence)) this.terms.set(sentence, sentenceTerms(sent));
    const terms = this.terms.get(sentence)!;
    // a headline's present tells the past ("Quake hits capital"). A clause in the present sets a weekday
    // ahead; a month or a day of one it leaves to the nearest ("who leaves office in January", "the rules
    // take effect on Jan. 15"), and the tense of another clause ("…, the federation said") does not move it.
    const present = !s.headline && !s.data ? presentAhead : undefined;
    const dir = dateDirection(sent, terms, start - s.start, end - s.start, present, schedule ? 1 : 0) || (headlinePlan(sent, terms, start - s.start) ? 1 : 0);
    // "were expected to begin in March but have been delayed": a plan told in the past and then put off
    // says nothing of its date's side
    if (dir > 0 && PAST_PLAN.test(this.doc.text.slice(s.start, start)) && PUT_OFF.test(this.doc.text.slice(end, s.end))) return 0;
    // "by June" is a deadline ahead when the clause says nothing; "were completed by June" is past
    return limit === "by" && dir === 0 ? 1 : dir;
  }

  /**
   * Whether the date's clause may be a timetable in the present (present.ts), tested on its
   * text before it is read: no regular past, "was", "were", "had" or "said" in it.
   */
  mayBeSchedule(sentence: number, start: number, end: number): boolean {
    const s = this.doc.sentences[sentence]!;
    if (s.headline || s.data) return false;
    const text = this.doc.text;
    const from = Math.max(s.start, ...[",", ";", ":", "(", "\u2014"].map((p) => text.lastIndexOf(p, start) + 1));
    let to = s.end;
    for (const p of [",", ";", ":", ")", "\u2014"]) {
      const at = text.indexOf(p, end);
      if (at >= 0 && at < to) to = at;
    }
    // "Saturday marks fifty years since the dam opened": a clause the date's own opens has its own tense
    const sub = SUBORDINATE.exec(text.slice(end, to));
    if (sub) to = end + sub.index;
    return !PAST_CUE.test(text.slice(from, to));
  }

  /** "the next day", "the day before": chrono counts them from publication; the anchor pass counts them from the text. */
  isAnchored(sentence: number, start: number, end: number): boolean {
    if (!this.anchored.has(sentence)) {
      const sent = this.sentence(sentence);
      this.anchored.set(sentence, ANCHOR_CUE.test(sent) ? findAnchored(sent, this.doc.sentences[sentence]!.start) : []);
    }
    return this.anchored.get(sentence)!.some((a) => a.start < end && start < a.end);
  }
}
