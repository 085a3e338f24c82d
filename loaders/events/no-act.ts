import { hostedMeetingBetween } from "./hosted-meeting.js";
import type { Sentence } from "../types.js";
import { notSubjectsAct } from "./backdrop.js";
import { obligationOnly } from "./clauses.js";
import { economicSense } from "./economy.js";
import { notCalledProtest } from "./called-protest.js";
import { modifiesAgentNoun } from "./compound-modifier.js";
import { notForcedObject } from "./forced.js";
import { isHedge } from "./gate.js";
import { idiomNoAct } from "./idioms.js";
import type { TriggerMatch } from "./matcher.js";
import { conjunctionProvided, idiomNotForce, noActSense, postingArrival, shareDeal } from "./senses.js";
import { wordSenseNoAct } from "./word-senses.js";
import { domesticStep } from "./domestic-step.js";
import { hypotheticalMeans } from "./hypothetical-means.js";
import { objectSenseNoAct } from "./object-senses.js";
import { predictedToNoOne } from "./predicted-force.js";
import { soleAuthority } from "./sole-authority.js";
import { blockedAct } from "./blocked-act.js";
import { reducedRelative } from "./reduced-relative.js";
import { foughtCause } from "./fought-cause.js";
import { publicAddressee } from "./public-addressee.js";
import { matchOfficial } from "./match-official.js";
import { homePledge } from "./home-pledge.js";
import { takeoverAgreed } from "./takeover.js";
import { hazardParticiple } from "./hazard-participle.js";
import { hazardFought } from "./hazard-fought.js";
import { courtroomStep } from "./courtroom.js";
import { laySenseNoAct } from "./lay-senses.js";
import { rescuedCaptives } from "./rescue.js";
import { ownOrderedOut } from "./expelled-envoys.js";
import { notForcesSent } from "./incursion.js";
import { notCalledJudgement } from "./called-judgement.js";

// The readings of a trigger's own words that tell no act, gathered from the modules that know
// each kind (senses, trade, set phrases, backdrop acts, obligations) and asked in one call.

/**
 * Senses and set phrases in which the trigger's words tell no act: a hedge ("had not ruled out an
 * attack"), an idiom, a posting, trade, a backdrop act not the subject's, a stated obligation,
 * a domestic policy step promised, an act imagined as the means of a conditional judgement.
 */
export function noActReading(text: string, s: Sentence, t: TriggerMatch, before: string, negated: boolean): boolean {
  if ((negated && isHedge(t)) || idiomNotForce(t, text, s.end) || postingArrival(t, text, s.end) || conjunctionProvided(t, text, s.end)) return true;
  if (shareDeal(t, text, s.end) || economicSense(t, text, s.start, s.end) || noActSense(t, text, s.start, s.end) || wordSenseNoAct(t, text, s.start, s.end)) return true;
  if (idiomNoAct(t, text, s.end) || notSubjectsAct(t, text, s.start, s.end) || notCalledProtest(t, text, s.end) || notForcedObject(t, text)) return true;
  if (hostedMeetingBetween(t, text, s.end) || modifiesAgentNoun(t, text, s.end) || domesticStep(t, text, s.end)) return true;
  if (hypotheticalMeans(t, text, s.start) || objectSenseNoAct(t, text, s.end) || blockedAct(t, text, s.start) || reducedRelative(t, text, s.end)) return true;
  // "militias fighting for self-rule": a struggle named by its goal, no act on anyone.
  if (foughtCause(t, text, s.end)) return true;
  // "warned that failure could lead to war": force foretold to no one is no act.
  if (predictedToNoOne(t, text)) return true;
  // Outside politics: an appeal to the public, a referee criticised, help promised to one's own
  // families, a firm bought, a participle of a hazard's clause ("A volcano erupted …, sending ash").
  if (publicAddressee(t, text, s.end) || matchOfficial(t, text, s.end) || homePledge(t, text, s.end) || takeoverAgreed(t, text, s.end) || hazardParticiple(t, text, s)) return true;
  // "sent firefighters to battle 400 fires": a fire, a flood or a disease fought is no enemy.
  if (hazardFought(t, text, s.end)) return true;
  // A criminal case's steps (a prison term asked for, a plea, bribes taken), and lay senses (a
  // month, a spacecraft, a ransom, advice to the public, a staff pay offer, praise of one's own).
  if (courtroomStep(t, text, s.end) || laySenseNoAct(t, text, s.end)) return true;
  // "stormed the residence and freed hostages held by rebels": a rescue, no concession.
  if (rescuedCaptives(t, text, s.end) || ownOrderedOut(t, text) || notForcesSent(t, text) || notCalledJudgement(t, text)) return true;
  return t.entry.pos === "verb" && (obligationOnly(before) || soleAuthority(t, before));
}
