import type { ResolvedMention } from "../types.js";

// "The envoy criticised the Norland embargo against Estovia, and called on …": a name that
// modifies a noun after a determiner ("the Norland embargo"), with words before that determiner in
// its clause, stands inside an object, not where a subject stands; a predicate coordinated after
// it does not take it as subject. ("X and the Norland government …" is a coordinated subject.)

/** Words, then a determiner right before the name, in the name's clause. */
const DETERMINER_AFTER_WORDS = /(?:^|[,;:(])\s*(?:[^,;:()]*\s)?([\p{L}'’-]+)\s+(?:the|a|an)\s+$/iu;
/** A lower-case noun right after the name: the name modifies it. */
const NOUN_AFTER = /^\s+\p{Ll}[\p{L}-]*/u;

/** Whether the mention modifies a noun inside an object phrase of its clause. */
export function modifierInObject(text: string, m: ResolvedMention, clauseStart: number): boolean {
  if (!NOUN_AFTER.test(text.slice(m.end, m.end + 20))) return false;
  const before = DETERMINER_AFTER_WORDS.exec(text.slice(Math.max(clauseStart, m.start - 120), m.start));
  return !!before && !/^(?:and|or|but|nor)$/iu.test(before[1]!);
}
