// Words carried on a banner, a placard or a wall are a slogan, nobody's quoted words:
// "marchers carried banners reading “Bread and work”", "a sign that said “Closed”",
// "graffiti saying “Go home”". The span follows a reading verb whose subject is such a thing.

/** Things that bear written words. */
const BEARERS = new Set([
  "banner", "banners", "placard", "placards", "sign", "signs", "poster", "posters", "billboard", "billboards",
  "graffiti", "t-shirt", "t-shirts", "shirt", "shirts", "flag", "flags", "sticker", "stickers", "plaque",
  "headband", "headbands", "leaflet", "leaflets", "wall", "walls",
  "screen", "screens", "monitor", "monitors", "scoreboard", "scoreboards", "noticeboard", "noticeboards",
  "notice", "notices", "door", "doors", "gate", "gates",
]);
/** Verbs by which a bearer gives its words. */
const READING = new Set(["reading", "read", "reads", "saying", "said", "says", "bearing", "bore", "with"]);
/** Words that may stand between the bearer and the verb: "a banner that read", "signs which said". */
const RELATIVE = new Set(["that", "which"]);

/** `before`: the lower-cased words of the span's sentence before its opening mark. */
export function onABearer(before: readonly string[]): boolean {
  let k = before.length - 1;
  if (k < 1 || !READING.has(before[k]!)) return false;
  k--;
  if (k >= 1 && RELATIVE.has(before[k]!)) k--;
  return BEARERS.has(before[k]!);
}

/** Written words that are shown rather than spoken: a notice or a message on a screen or a wall. */
const SHOWN = new Set(["message", "messages", "advisory", "warning", "warnings", "caption", "slogan", "slogans"]);
/** The verbs by which shown words are given; "said" is left out, as a person says as well. */
const SHOWS = /^(?:reads|read|reading)$/u;
const DETERMINER = /^(?:a|an|the|one|another|this|that)$/u;
/** The prefix ends on "read", "reads" or "reading" and what may stand before the mark (a colon, a comma, spaces). */
const READS_AT_END = /(?<![\p{L}\p{N}'’-])[Rr][Ee][Aa][Dd](?:[Ss]|[Ii][Nn][Gg])?[^\p{L}\p{N}'’-]*$/u;

/**
 * "A notice on the screens around the ground reads: “…”": words shown on a thing, the reading
 * verb's subject a notice or a message with a bearer in its phrase ("on the screens"), or a
 * bearer itself with modifiers ("the big electronic scoreboard read"). A message with no bearer
 * ("a message from the minister read") is its sender's words, and stays a quotation.
 * `prefix`: the span's sentence before its opening mark.
 */
export function shownNotice(prefix: string): boolean {
  // the last word must be a reading verb: tested on the prefix's end before it is split into words
  if (!READS_AT_END.test(prefix)) return false;
  const words = prefix.toLowerCase().match(/[\p{L}\p{N}'’-]+|,/gu) ?? [];
  if (!SHOWS.test(words.at(-1) ?? "")) return false;
  const phrase = words.slice(0, -1);
  const from = phrase.lastIndexOf(",") + 1;
  const subject = phrase.slice(from);
  const head = subject.findIndex((w) => !DETERMINER.test(w));
  if (head < 0 || !DETERMINER.test(subject[0] ?? "")) return false;
  // the head within three words of the determiner: "a large electronic notice"
  const nouns = subject.slice(head, head + 3);
  if (nouns.some((w) => BEARERS.has(w))) return true;
  return nouns.some((w) => SHOWN.has(w)) && subject.some((w) => BEARERS.has(w));
}
