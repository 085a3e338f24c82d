// Site furniture repeats: the same donation box, footer and "Latest News" label
// sit under every article of an outlet. A line seen in two or more articles of
// the same outlet is a candidate; cleanArticle still keeps it when it reads as a
// story paragraph (wire copy and background paragraphs repeat too).

/** The comparison key of a line: case, quotes, digits ("3 comments"/"12 comments") and spacing folded. */
export function lineKey(line: string): string {
  return line.trim().toLowerCase().replace(FOLD, (c) => (c in QUOTES ? QUOTES[c]! : c.charCodeAt(0) <= 57 && c.charCodeAt(0) >= 48 ? "0" : " "));
}

// One pass for all foldings: runs of digits, runs of whitespace, curly quotes.
const FOLD = /\d+|\s{2,}|[\t\n\r\f\v\u00a0]|[‘’`´“”«»„]/g;
const QUOTES: Record<string, string> = { "‘": "'", "’": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"' };

/** The distinct keys of an article's lines, in order (keys under 2 characters never count). */
export function articleLineKeys(content: string): string[] {
  const own = new Set<string>();
  for (const line of content.split(/\r\n?|\n/)) {
    const key = lineKey(line);
    if (key.length >= 2) own.add(key);
  }
  return [...own];
}

const KEYS = new WeakMap<object, readonly string[]>();

/** articleLineKeys of an article read once: the plan counts repeated lines with them and the map hashes them. */
export function lineKeysOf(raw: { content: string }): readonly string[] {
  let keys = KEYS.get(raw);
  if (!keys) KEYS.set(raw, (keys = articleLineKeys(raw.content)));
  return keys;
}

/**
 * The keys of the article's own lines that repeat across its outlet: all that
 * cleaning reads of the outlet's repeated lines, so the cleaned article is a
 * function of its content and these keys alone (the build caches it by them).
 */
export function ownRepeated(content: string, repeated: ReadonlySet<string>): string[] {
  return repeated.size ? articleLineKeys(content).filter((k) => repeated.has(k)) : [];
}

/** Keys in more than one of the articles' key lists (each list distinct, as articleLineKeys gives). */
export function repeatedOf(keyLists: readonly (readonly string[])[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const keys of keyLists)
    for (const key of keys) {
      if (seen.has(key)) repeated.add(key);
      else seen.add(key);
    }
  return repeated;
}

/** Keys of lines that occur in more than one of `contents` (each article counted once per line). */
export function repeatedLines(contents: string[]): Set<string> {
  return repeatedOf(contents.map(articleLineKeys));
}
