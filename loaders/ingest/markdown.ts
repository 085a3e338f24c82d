// Markdown body → plain text, one paragraph per line, paragraphs separated by a
// blank line. Hand-written rather than rendering through a Markdown library and
// back: a renderer re-encodes entities and smart punctuation, while every offset
// must point at the characters the reporter wrote. Only markup is removed; the
// words, quotes, apostrophes and dashes stay as written.

const FENCE = /^\s{0,3}(```|~~~)/;
const ATX = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s{0,3}>\s?/;
const REF_DEF = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;

export function markdownToText(md: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current.length) paragraphs.push(current.join(" "));
    current = [];
  };
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (FENCE.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      // Code keeps its own lines.
      if (line.trim()) paragraphs.push(line.trimEnd());
      continue;
    }
    while (QUOTE.test(line)) line = line.replace(QUOTE, "");
    if (!line.trim() || RULE.test(line) || REF_DEF.test(line)) {
      flush();
      continue;
    }
    // A setext underline turns the paragraph so far into a heading.
    if (SETEXT.test(line) && current.length) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const h = inline(atx[1]!);
      if (h) paragraphs.push(h);
      continue;
    }
    if (LIST.test(line)) {
      flush();
      line = line.replace(LIST, "");
    }
    const text = inline(line.trim());
    if (text) current.push(text);
    // Two trailing spaces or a backslash are a hard line break.
    if (/(?: {2,}|\\)$/.test(line)) flush();
  }
  flush();
  return paragraphs.join("\n\n");
}

/** Inline markup → text: images dropped, links to their label, emphasis and code marks removed. */
export function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]+)\]\((?:[^()\s]+|\([^)]*\))*(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
    .replace(/~~(?=\S)([^]*?\S)~~/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}\[\]()#+\-.!>~|])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
