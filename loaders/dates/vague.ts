import type { Doc } from "../types.js";
import { matchesOf } from "../text/matches.js";

// Time expressions that date an event only vaguely ("recently", "in recent
// weeks"). They are not dates rows (a row's value must be a date), but events
// keep them as `date_text` with a null date, so they are offered here.

const VAGUE = /\b(?:recently|lately|soon|shortly|earlier|previously|in recent (?:days|weeks|months|years)|in the (?:coming|next|past|last) (?:few )?(?:days|weeks|months|years)|at the time|these days|in the near future|for now)\b/gi;

export interface VagueTime {
  text: string;
  start: number;
  end: number;
}

export function findVagueTimes(doc: Doc): VagueTime[] {
  const out: VagueTime[] = [];
  for (const m of matchesOf(VAGUE, doc.text)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}
