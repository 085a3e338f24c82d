/**
 * An actor first met in a headline or a dateline set in capitals ("TOMAS VELL SIGNS DEAL")
 * would be named by that first mention, though the body spells it in mixed case ("Tomas Vell")
 * a line below. A name with no lower-case letter takes the mixed-case spelling of the same
 * letters among the actor's other spellings; acronyms (NATO), which have none, keep theirs.
 */
export function mixedCaseName(name: string, spellings: Iterable<string>): string {
  if (/\p{Ll}/u.test(name) || name.replace(/[^\p{L}]/gu, "").length < 4) return name;
  const upper = name.toUpperCase();
  for (const s of spellings) if (s !== name && /\p{Ll}/u.test(s) && s.toUpperCase() === upper) return s;
  return name;
}
