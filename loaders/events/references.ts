import type { ResolvedMention, Sentence } from "../types.js";
import { coordinatedBefore, isSubjectLike } from "./mentions.js";
import { matchesOf } from "../text/matches.js";

// "The Freedonian government rejected the plan. It said …", "Norland and Sudovia met on Monday.
// They agreed …": a sentence opening on "it"/"they" continues the subject of the sentence before.
// The antecedent must agree in number ("it": one state or body; "they": several actors, or a
// state named through a plural organ, "Norland's officials") and be the only one on offer;
// a person is never "it". Only the sentence before counts, past sentences that name no actor
// at all ("It was a short visit."): a name in between would be a rival antecedent.

/** How many sentences back an antecedent may stand, when those between name no one. */
const REACH = 2;

/** Heads after a state's or body's name that keep the phrase one body: "the Acme statement said". */
const BODY_HEAD = "government|statement|communique|ministry|army|military|navy|agency|council|cabinet|administration|parliament|party|leadership|side|regime|command|court|movement|front";
/** Plural heads after a name that make the phrase several people of that state or body. */
const PLURAL_HEAD = "officials|leaders|authorities|forces|troops|diplomats|negotiators|rebels|guerrillas|militants|delegates|ministers|police";
/** Common irregular past forms of the verbs news narrates with. */
const IRREGULAR = "met|held|made|took|gave|went|came|sent|began|led|won|lost|struck|fought|spoke|flew|left|sought|brought|kept|set|put|broke|drew|chose|stood|told|said";
/** A finite verb right after the subject's phrase: an auxiliary, a reporting verb, a past or third-person form. */
const FINITE = String.raw`(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does|do|says|also|later|then|${IRREGULAR}|\p{Ll}+ed|\p{Ll}+s)\b`;
const ONE_BODY_THEN_VERB = new RegExp(String.raw`^(?:['’]s)?(?:\s+(?:${BODY_HEAD}))?\s*,?\s+${FINITE}`, "u");
const PLURAL_THEN_VERB = new RegExp(String.raw`^(?:['’]s?)?(?:\s+\p{Ll}+)?\s+(?:${PLURAL_HEAD})\s*,?\s+${FINITE}`, "u");
const PERSON_THEN_VERB = new RegExp(String.raw`^\s*,?\s+${FINITE}`, "u");

/** A sentence opening on the pronoun, after at most a linking word, and going on with a verb. */
const OPENING = /^[\s"“]*(?:(?:But|And|Yet|So|However|Meanwhile|Later|Earlier|Instead|Still|Also)\s*,?\s+)?(It|They)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
/** "It was a short visit", "It is time to …": an expletive or a copula says nothing "it" did. */
const COPULA = /^(?:is|was|'s|seems|seemed|appears|appeared|remains|remained|became|becomes|looks|looked|means|meant|takes|took|will|would|could|may|might)$/;
/** A verb after "they": an auxiliary or a finite form. */
const VERB_AFTER = /^(?:has|have|had|were|are|will|would|could|can|may|might|must|should|did|do|said|say|told|also|\p{Ll}+ed)$/u;

/** Inside a quotation opened earlier in the sentence: an odd number of quotation marks before. */
function quoted(text: string, from: number, at: number): boolean {
  return ((text.slice(from, at).match(/["“”]|``|''/g) ?? []).length & 1) === 1;
}


/** The last sentence that named an actor: its subjects are read only when a later sentence opens on a pronoun. */
interface Noted {
  text: string;
  s: Sentence;
  ms: ResolvedMention[];
  index: number;
}

/** Which subjects the last sentences offered, and the mentions to stand for a pronoun that opens a sentence. */
export class Antecedents {
  private last: Noted | null = null;
  /** The other members of a plural antecedent, keyed by the mention standing at the pronoun. */
  readonly members = new Map<ResolvedMention, ResolvedMention[]>();

  /** The pronoun opening this sentence as a mention of its antecedent, or null. */
  at(text: string, s: Sentence, article: string, index: number): ResolvedMention | null {
    const n = this.last;
    if (!n || index - n.index > REACH || !PRONOUN_NEAR_START.test(text.slice(s.start, Math.min(s.end, s.start + 24)))) return null;
    const o = OPENING.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (!o) return null;
    const at = s.start + o[0].lastIndexOf(o[1]!);
    const it = o[1] === "It";
    if (it ? COPULA.test(o[2]!) : !VERB_AFTER.test(o[2]!)) return null;
    const a = subjectsOf(n);
    const head = it ? a.one : a.several?.[0];
    if (!head) return null;
    const m: ResolvedMention = { article, actor: head.actor, start: at, end: at + o[1]!.length, text: o[1]!, sentence: index, kind: head.kind };
    if (!it && a.several!.length > 1) this.members.set(m, a.several!.slice(1).map((x) => ({ ...x, start: m.start, end: m.end, sentence: index })));
    return m;
  }

  /** The one body or state the last sentences offer as "it", or null. */
  one(index: number): ResolvedMention | null {
    return this.last && index - this.last.index <= REACH ? subjectsOf(this.last).one : null;
  }

  /** Remembers the sentence; one that names no actor keeps the earlier subjects on offer. */
  note(text: string, s: Sentence, ms: ResolvedMention[], index: number): void {
    if (ms.some((m) => m.kind !== "place")) this.last = { text, s, ms, index };
  }
}

/** "its troops", "its government": a state's organ named through the pronoun. */
const ITS_ORGAN = /\bits\s+(?:own\s+)?(?:troops|forces|army|military|soldiers|navy|police|government|warplanes|security\s+forces)\b/gu;

/**
 * "… since its army attacked Sudovia": the organ is the state or body named last before it in
 * the sentence, else the one body the previous sentence offered as "it".
 */
export function itsOrganMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], refs: Antecedents): ResolvedMention[] {
  const seg = text.slice(s.start, s.end);
  if (!seg.includes("its ")) return [];
  const out: ResolvedMention[] = [];
  for (const o of matchesOf(ITS_ORGAN, seg)) {
    const start = s.start + o.index!, end = start + o[0].length;
    let owner: ResolvedMention | null = null;
    for (const m of ms) if (m.end <= start && (m.kind === "country" || m.kind === "organization") && !quoted(text, s.start, m.start)) owner = m;
    owner ??= refs.one(index);
    if (owner) out.push({ article, actor: owner.actor, start, end, text: o[0], sentence: index, kind: owner.kind });
  }
  return out;
}

const PRONOUN_NEAR_START = /\b(?:It|They)\s/u;

/** The subjects a sentence offers "it" (one body or state) and "they" (several actors, or a state's plural organ). */
function subjectsOf({ text, s, ms }: Noted): { one: ResolvedMention | null; several: ResolvedMention[] | null } {
  const ones = new Map<string, ResolvedMention>();
  const groups: ResolvedMention[][] = [];
  ms.forEach((m, i) => {
    // A name inside a quotation is the speaker's subject, not the reporter's ("'Norland will fail,' the radio said").
    if (m.kind === "place" || !isSubjectLike(text, m, s.start) || quoted(text, s.start, m.start)) return;
    const after = text.slice(m.end, Math.min(s.end, m.end + 60));
    const group = coordinatedBefore(text, ms, i, s.start);
    if (group.length > 1 && (m.kind === "person" ? PERSON_THEN_VERB : ONE_BODY_THEN_VERB).test(after)) groups.push(group);
    else if (m.kind === "person") return;
    else if (PLURAL_THEN_VERB.test(after)) groups.push([m]);
    else if (ONE_BODY_THEN_VERB.test(after) && (m.kind !== "group" || !/s$/u.test(m.text))) ones.set(m.actor, m);
  });
  const distinct = new Set(groups.map((g) => g.map((m) => m.actor).join("+")));
  return {
    one: ones.size === 1 && !groups.length ? [...ones.values()][0]! : null,
    several: distinct.size === 1 && !ones.size ? groups[0]! : null,
  };
}

/**
 * "X said in a joint note they would …", "X said on Monday it would …": a pronoun right before the
 * verb, in what a name's reporting verb reports, is that name (a person is never "it", one person never "they").
 */
const REPORTED = /^((?:['’]s)?[^,;:"“”]*?)\s(?:said|says|told\s+reporters|stated|announced|added|declared)((?:\s+[\p{L}\p{N}'’-]+){0,5}?)\s+(they|it)\s+(?:(?:has|have|had|would|will|could|can|may|might|must|should|did|do|does|had|also|then|later|now|not|jointly|already|\p{Ll}+ly)\s+)*$/u;

export function reportedPronoun(text: string, m: ResolvedMention, verbAt: number, plural: boolean, gapOk: (gap: string) => boolean): boolean {
  const r = REPORTED.exec(text.slice(m.end, verbAt));
  if (!r || !gapOk(r[1]!) || /\b(?:that|which|who|whom|whose|because|if|when|while)\b/iu.test(r[2]!)) return false;
  return r[3] === "it" ? m.kind !== "person" && !plural : m.kind !== "person" || plural;
}

/**
 * A reporting verb right before a clause's subject: "said (that) (the) X …", also with its day
 * ("said on Monday that X …") or a belief its speaker reports ("said they believe X …", "believes X …").
 */
const REPORTING_RIGHT_BEFORE = /\s(?:(?:said|says|say)(?:\s+on\s+\p{Lu}\p{Ll}+day)?(?:\s+(?:they|it|he|she)\s+(?:believed?|suspected|suspect))?|told\s+\p{Ll}+|charged|alleged|claimed|insisted|argued|believes|believed)\s+(?:that\s+)?(?:the\s+)?$/u;

/** The speaker of the reporting verb right before `at`: the nearest subject-like name before that verb, else -1. */
export function reportingSpeaker(text: string, ms: ResolvedMention[], at: number, floor: number): number {
  const r = REPORTING_RIGHT_BEFORE.exec(text.slice(Math.max(floor, at - 40), at));
  if (!r) return -1;
  const verbAt = at - r[0].length;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > verbAt) continue;
    if (m.start < floor || m.kind === "place") return -1;
    return isSubjectLike(text, m, floor) && !/[,;:"“”]/u.test(text.slice(m.end, verbAt)) ? i : -1;
  }
  return -1;
}
