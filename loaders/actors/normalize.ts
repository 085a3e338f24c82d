// Name normalisation and similarity. Hand-written (a few lines each) because the
// installed fastest-levenshtein has no Jaro-Winkler and the transliteration
// folding is specific to names.

const SPELLING: [RegExp, string][] = [
  [/defence/g, "defense"], [/organisation/g, "organization"], [/programme/g, "program"], [/centre/g, "center"],
  [/co-operation/g, "cooperation"], [/labour/g, "labor"],
];

/** Surface form as an alias: no leading "the", no possessive, single spaces. */
const surfaceCache = new Map<string, string>();

export function cleanSurface(s: string): string {
  let hit = surfaceCache.get(s);
  if (hit === undefined) {
    if (surfaceCache.size > 200_000) surfaceCache.clear();
    hit = computeSurface(s);
    surfaceCache.set(s, hit);
  }
  return hit;
}

function computeSurface(s: string): string {
  return s
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/['’]s$/u, "")
    .replace(/['’]$/u, "");
}

/** Key for exact identity: case, accents, dots, hyphens, British/American spelling folded. */
const keyCache = new Map<string, string>();

export function nameKey(s: string): string {
  let hit = keyCache.get(s);
  if (hit === undefined) {
    // Names repeat across a corpus: the cache saves most of the folding work.
    if (keyCache.size > 200_000) keyCache.clear();
    hit = computeKey(s);
    keyCache.set(s, hit);
  }
  return hit;
}

function computeKey(s: string): string {
  let k = cleanSurface(s)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, "")
    .replace(/[-‐–]/g, " ");
  for (const [re, to] of SPELLING) k = k.replace(re, to);
  return k.replace(/\s+/g, " ").trim();
}

/**
 * Transliteration skeleton of one name token: folds the usual romanisation
 * variants (j/y/i, g/h, w/v, doubled letters, a trailing h, ha or i), so that
 * Iwaya ~ Iwaja, Sybiha ~ Sybih, Zelensky ~ Zelenskyy, Andrii ~ Andrih, Lugansk ~ Luhansk.
 */
export function skeleton(token: string): string {
  let s = nameKey(token).replace(/[^a-z]/g, "");
  s = s.replace(/ph/g, "f").replace(/ck/g, "k").replace(/[jy]/g, "i").replace(/g/g, "h").replace(/w/g, "v");
  s = s.replace(/(.)\1+/g, "$1");
  // Only the endings romanisations disagree on (Sybiha/Sybih, Andrii/Andrih): a final "a" after
  // anything but h is grammar (Ivanov/Ivanova are two people) and stays.
  for (let k = 0; k < 3 && s.length > 3; k++) {
    const t = s.replace(/ha$/, "").replace(/h$/, "").replace(/i$/, "");
    if (t === s) break;
    s = t;
  }
  return s;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const am = new Array<boolean>(a.length).fill(false);
  const bm = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bm[j] || a[i] !== b[j]) continue;
      am[i] = bm[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!am[i]) continue;
    while (!bm[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Name tokens of a person name, lower-cased, accents folded. */
export function nameTokens(s: string): string[] {
  return nameKey(s).split(" ").filter(Boolean);
}

/**
 * Similarity of two person names in [0, 1]: 1 when every token has the same
 * transliteration skeleton, else the Jaro-Winkler of the folded forms; a first
 * name that disagrees (both present, neither an initial) caps the score.
 */
export function personSimilarity(a: string, b: string): number {
  const ta = cached(tokenCache, a, nameTokens), tb = cached(tokenCache, b, nameTokens);
  if (!ta.length || !tb.length) return 0;
  const la = ta[ta.length - 1]!, lb = tb[tb.length - 1]!;
  const sk = (t: string) => cached(skeletonCache, t, skeleton);
  const surname = sk(la) === sk(lb) ? 1 : jaroWinkler(la, lb);
  if (ta.length === 1 || tb.length === 1) return surname;
  const fa = ta[0]!, fb = tb[0]!;
  const first = fa[0] === fb[0] && (fa.length === 1 || fb.length === 1) ? 1 : sk(fa) === sk(fb) ? 1 : jaroWinkler(fa, fb);
  return Math.min(surname, first < 0.8 ? 0.5 : first);
}

// The resolver compares a new person's name with every full name of its block, thousands of
// times in a large corpus: each name's tokens and each token's skeleton are read once.
const tokenCache = new Map<string, readonly string[]>();
const skeletonCache = new Map<string, string>();
function cached<T>(cache: Map<string, T>, s: string, f: (s: string) => T): T {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size > 200_000) cache.clear();
    cache.set(s, (v = f(s)));
  }
  return v;
}
