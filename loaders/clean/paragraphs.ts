// The article as paragraphs: one per line as pasted from a page, or, where a
// plain-text file is hard-wrapped (e-mailed wire copy), one per block of lines.

export interface Paragraph {
  /** The paragraph as it goes into `text`: trimmed, wrapped lines joined by a space. */
  text: string;
  /** The source lines it came from, trimmed, for `boilerplate` when it is dropped. */
  lines: string[];
  /** A blank line precedes it in the source. */
  afterBlank: boolean;
}

const WRAP_MIN = 50;
const WRAP_MAX = 100;

export function splitParagraphs(content: string): Paragraph[] {
  const out: Paragraph[] = [];
  const text = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let afterBlank = false;
  for (const block of text.split(/\n[^\S\n]*\n/)) {
    const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
    if (!lines.length) {
      afterBlank = true;
      continue;
    }
    if (isHardWrapped(lines)) {
      out.push({ text: lines.join(" "), lines, afterBlank: true });
    } else {
      lines.forEach((l, i) => out.push({ text: l, lines: [l], afterBlank: i === 0 && (afterBlank || out.length > 0) }));
    }
    afterBlank = true;
  }
  return out;
}

/**
 * Lines of similar, typewriter-like length, at least one of which stops
 * mid-sentence: the block is one paragraph wrapped at a fixed width.
 */
export function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  if (!body.every((l) => l.length >= WRAP_MIN && l.length <= WRAP_MAX)) return false;
  if (lines[lines.length - 1]!.length > WRAP_MAX) return false;
  const lengths = body.map((l) => l.length);
  if (Math.max(...lengths) - Math.min(...lengths) > 25) return false;
  // A line ends a sentence by chance about once in ten; most wrapped lines stop mid-sentence.
  const open = body.filter((l, i) => !/[.!?:"”’)]$/u.test(l) || /^\p{Ll}/u.test(lines[i + 1]!)).length;
  if (open < body.length / 2) return false;
  return lines.length > 2 || /^\p{Ll}/u.test(lines[1]!) || lines[0]!.length >= 60;
}
