// Words carried on a banner, a placard or a wall are a slogan, nobody's quoted words:
// "marchers carried banners reading “Bread and work”", "a sign that said “Closed”",
// "graffiti saying “Go home”". The span follows a reading verb whose subject is such a thing.

/** Things that bear written words. */
const BEARERS = new Set([
  "banner", "banners", "placard", "placards", "sign", "signs", "poster", "posters", "billboard", "billboards",
  "graffiti", "t-shirt", "t-shirts", "shirt", "shirts", "flag", "flags", "sticker", "stickers", "plaque",
  "headband", "headbands", "leaflet", "leaflets", "wall", "walls",
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
