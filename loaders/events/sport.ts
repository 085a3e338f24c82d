import { matchesOf } from "../text/matches.js";
import { readsAsAscii } from "../text/ascii.js";
// Sport is not politics (docs/events.md, annotation conventions): in a match report
// "Eastport beat Riverton", "Rovers host Northfield" and "the Comets rally" name teams, not
// states and bodies acting. A story is a match report when it uses words only sport uses:
// a closed list of terms of the games themselves, each unambiguous outside sport (not
// "match", "goal", "league", "penalty", "striker", which politics and labour news use too).

const SPORT_TERMS =
  /\b(?:innings|wickets?|batsm[ae]n|bowlers?|goalkeepers?|goalkeeping|midfielders?|semi-?finals?|quarter-?finals?|touchdowns?|quarterbacks?|pitchers?|home\s+runs?|tie-?breaks?|tiebreakers?|birdies?|bogeys?|half-?time|hat-?trick|grand\s+slam|free\s+kick|corner\s+kick|world\s+cup|unseeded|equali[sz]er|scoreline|runs?\s+batted\s+in|rebounds|slam\s+dunk|podium|pole\s+position|fastest\s+lap|stroke\s+play|par\s+\d|under\s+par|over\s+par|seeded|runner-up|not\s+out|(?:first|second|third)\s+division|major\s+league|super\s+league|premier\s+league|davis\s+cup|grand\s+prix|world\s+championships|\d{1,3}(?:st|nd|rd|th)\s+minute|scor(?:ed|ing)\s+twice|(?:top|bottom)\s+of\s+the\s+(?:table|standings)|\d-\d\s+(?:home\s+|away\s+)?(?:win|victory|defeat|draw|loss)|(?:beat|beats|beating|thrashed|thrashing|routed|edged|downed|hammered|crushed)\s+(?:[A-Z][\w.'-]*\s+){1,3}\d-\d)\b/gi;
// The terms are ASCII, and without the u flag the scan is several times cheaper; the flag only
// changes what folds onto an ASCII letter ("ſ" onto s, the Kelvin sign onto k), so a text
// holding either (text/ascii.ts) is read with it.
const SPORT_TERMS_U = new RegExp(SPORT_TERMS.source, "giu");

/** How many distinct sport terms make a story a match report. */
const DISTINCT_TERMS = 2;

/**
 * A wire story's section label opening its headline: "TENNIS - …", "Soccer - …", "MOTOR RACING - …"
 * (a sport's name, then a spaced dash). News agencies file every sports report so.
 */
const SPORT_LABEL =
  /^\s*(?:tennis|soccer|football|cricket|golf|rugby(?:\s+union|\s+league)?|baseball|basketball|athletics|cycling|boxing|motor\s+racing|motorcycling|horse\s+racing|ice\s+hockey|skiing|alpine\s+skiing|swimming|rowing|squash|badminton|volleyball|handball|yachting|sailing|table\s+tennis|formula\s+one|snooker|darts|nhl|nba|nfl)(?:\s*[/,]\s*[a-z ]+)?\s+-\s/iu;

/** True when the article reads as a sports report: a sport's label on its headline, or two distinct terms of the games. */
export function isSportStory(text: string): boolean {
  if (SPORT_LABEL.test(text.slice(0, 60))) return true;
  const seen = new Set<string>();
  const terms = !readsAsAscii(text) ? SPORT_TERMS_U : SPORT_TERMS;
  terms.lastIndex = 0;
  for (const m of matchesOf(terms, text)) {
    // Scorelines count as one term, however many the story gives.
    seen.add(/\d-\d/.test(m[0]) ? "scoreline" : m[0].toLowerCase().replace(/[\s-]+/g, " ").replace(/s$/, ""));
    if (seen.size >= DISTINCT_TERMS) return true;
  }
  return false;
}

/**
 * A sentence of a match report inside a story that is not one ("Rovers meet Athletic in the
 * second-round tie", "X joins Rovers to play up front"): a term of the games themselves in the sentence.
 * Closed list, each term unused in politics ("striker" singular; "strikers" are workers; a player
 * "scored twice", not a party that "scored a victory").
 */
const SPORT_SENTENCE =
  /\b(?:serie\s+[AB]|(?:first|second|third|fourth)-round|quarter-?finals?|semi-?finals?|return\s+(?:match|leg)|(?:first|second)\s+leg|kick-?off|up\s+front|midfielders?|goalkeepers?|[Ss]triker|arch-rivals|scored\s+(?:twice|a\s+(?:brace|hat-trick|header|penalty)|the\s+(?:winner|equali[sz]er|opener)|an\s+own\s+goal)|jockey|stayer|[A-Z][a-z]+\s+Cup)\b/;
/**
 * A fixture's register in a sentence: a club's table position ("X, who are second, host Y"), the
 * table, a derby, a scoreline's result ("after a 2-1 win"), or a sport named as the topic
 * ("In football, …"). Each reads only of league games.
 */
const FIXTURE_SENTENCE =
  /\b(?:(?:who|which)\s+(?:are|is|lie|sit|were)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|joint[\s-]\p{Ll}+|\d+(?:st|nd|rd|th))(?:\s*[,.;]|\s+(?:in|of|on)\s+(?:the\s+)?(?:table|league|standings|\d+\s+points)))|(?:top|bottom)\s+of\s+the\s+(?:table|league|standings)|league\s+(?:leaders|table|standings)|points\s+clear|relegation|derby|\d{1,2}-\d{1,2}\s+(?:win|draw|home\s+win|away\s+win)|^\W*in\s+(?:football|soccer|rugby|cricket|basketball|baseball|ice\s+hockey|hockey)\b)/iu;

/** The acts a game's words can look like: a meeting, joining, a clash, an offer, help. */
export const GAME_TYPES = new Set(["CONSULT", "SUPPORT", "ASSAULT", "AGREE", "AID"]);

/** True when a sentence is about a game. */
export function sportSentence(sentence: string): boolean {
  return SPORT_SENTENCE.test(sentence) || FIXTURE_SENTENCE.test(sentence);
}
