// "found no evidence that X had paid", "little sign that Y attacked": a
// clause that the sentence says nothing supports is not told as having happened.

const NO_SUPPORT =
  /\b(?:no|little|scant)\s+(?:``|["“])?\s*(?:information|evidence|indication|sign|signs|proof|confirmation)\s*(?:''|["”])?\s+(?:that|of)\b[^;]{0,160}$/iu;

/** Whether the words of the sentence before a trigger deny anything supports it. */
export function unsupportedClaim(before: string): boolean {
  return (before.includes("no ") || before.includes("little ") || before.includes("scant ")) && NO_SUPPORT.test(before);
}
