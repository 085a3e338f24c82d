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
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  let block: string[] = [];
  let afterBlank = false;
  const flush = () => {
    if (!block.length) return;
    if (isHardWrapped(block)) out.push({ text: block.join(" "), lines: block, afterBlank });
    else block.forEach((l, i) => out.push({ text: l, lines: [l], afterBlank: i === 0 && afterBlank }));
    block = [];
  };
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line) {
      block.push(line);
      continue;
    }
    flush();
    afterBlank = out.length > 0;
  }
  flush();
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
