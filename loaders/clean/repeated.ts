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

/** Keys of lines that occur in more than one of `contents` (each article counted once per line). */
export function repeatedLines(contents: string[]): Set<string> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  contents.forEach((content, i) => {
    const own = new Set<string>();
    for (const line of content.split(/\r\n?|\n/)) {
      const key = lineKey(line);
      if (key.length < 2 || own.has(key)) continue;
      own.add(key);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else if (first !== i) repeated.add(key);
    }
  });
  return repeated;
}
