import type { Candidate } from "./candidate.js";

// "one more cut before Christmas", "during Ramadan": a holiday is a time, not an actor, though the
// tagger reads its capital as a name (the dates stage reads the days it can date). A name that is a
// holiday's whole ("Christmas Island" is a place) is dropped.

const HOLIDAY = /^(?:Christmas|Easter|Thanksgiving|Ramadan|Eid(?:\s+al-\p{L}+)?|Diwali|Hanukkah|Passover|Yom\s+Kippur|Rosh\s+Hashanah|Lent|Advent|Halloween|Lunar\s+New\s+Year|New\s+Year|Nowruz|Holi)(?:\s+(?:Day|Eve))?$/u;

/** The candidates without holidays. */
export function withoutHolidays(cands: Candidate[]): Candidate[] {
  const holiday = (c: Candidate) => c.kind !== "person" && HOLIDAY.test(c.text);
  return cands.some(holiday) ? cands.filter((c) => !holiday(c)) : cands;
}
