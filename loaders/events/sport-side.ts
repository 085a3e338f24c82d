import type { ResolvedMention } from "../types.js";

// "<State>'s national football team threatened to boycott …", "<State>'s athletics federation lodged a
// protest", "<State>'s coach criticised …": a state's team, its players, coach or sports federation are
// a side in a game, not the state. ("<State>'s side of the border" is the state's territory.)

const SPORT_SIDE_AFTER =
  /^['’]s?\s+(?:(?:national|olympic|women's|men's|women’s|men’s|junior|youth|under-\d+|senior|football|soccer|rugby|cricket|hockey|basketball|volleyball|handball|tennis|athletics|cycling|swimming|ski|skiing|boxing|chess|davis\s+cup|world\s+cup)\s+){0,3}(?:team|teams|squad|side(?!\s+of\b)|federation|coach|manager|players|athletes|runners|riders|cyclists|swimmers|skiers|skaters|boxers|wrestlers|gymnasts|footballers|cricketers|olympians|olympic\s+committee|goalkeeper|captain)\b/iu;

/** Whether a state's (or a body's) mention is the possessor of its sports team, players or federation. */
export const sportSideAfter = (text: string, m: ResolvedMention): boolean => m.kind !== "person" && SPORT_SIDE_AFTER.test(text.slice(m.end, m.end + 60));
