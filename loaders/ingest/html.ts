import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHTML } from "linkedom";

// Loaded on the first HTML page, not at import: a DOM costs a fifth of a second to load,
// and a worker or a corpus of plain text never needs one.
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | null = null;
const loadDom = () =>
  (dom ??= { parseHTML: (require("linkedom") as { parseHTML: typeof ParseHTML }).parseHTML, Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability });

/** The main text of a saved web page, with what the page says about itself. */
export interface HtmlArticle {
  /** One paragraph per line, paragraphs separated by a blank line. */
  text: string;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  /** Lines whose text is mostly link text (menus, "related" lists), with that share. */
  linkDensity: Map<string, number>;
  /** Lines of the page the extractor left out (menus, asides, footers), in page order. */
  dropped: string[];
}

export class NoArticleError extends Error {}

// Elements that start a new paragraph in the reader's eye.
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR", "UL",
]);
// Never text, even if the extractor left them in.
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "OPTION", "INPUT", "TEXTAREA", "CANVAS", "OBJECT", "EMBED"]);

/** Extracts the article from an HTML page through Readability; throws NoArticleError. */
export function htmlToArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  // Readability's time grows much faster than the page's depth, and the recursive walks below
  // would overflow the stack; browsers stop at 512.
  if (deeperThan(document.documentElement as unknown as Node, MAX_DEPTH))
    throw new NoArticleError(`page nests elements more than ${MAX_DEPTH} levels deep; save the article as text`);
  const pageTitle = document.querySelector("title")?.textContent ?? null;
  const lang = document.documentElement?.getAttribute("lang") ?? null;
  // Readability rewrites the document, so the whole page's lines are taken first.
  const page = document.body ? blockText(document.body).lines : [];
  const parsed = new Readability(document as unknown as Document, { serializer: (el: Node) => el }).parse();
  if (!parsed || !parsed.content) throw new NoArticleError("no article text found in the page");
  const { lines, linkDensity } = blockText(parsed.content);
  if (!lines.length) throw new NoArticleError("no article text found in the page");
  const outlet = oneLine(parsed.siteName);
  const inArticle = new Set(lines);
  return {
    text: lines.join("\n\n"),
    title: cleanTitle(oneLine(parsed.title) ?? oneLine(pageTitle), outlet),
    byline: oneLine(parsed.byline)?.replace(/^by\s+/i, "") || null,
    outlet,
    published: isoDate(parsed.publishedTime),
    language: oneLine(parsed.lang) ?? oneLine(lang),
    linkDensity,
    dropped: page.filter((l) => !inArticle.has(l)),
  };
}

const MAX_DEPTH = 200;

/** Whether any node under `root` is more than `max` levels down; iterative, so any depth is safe. */
function deeperThan(root: Node | null, max: number): boolean {
  const stack: [Node, number][] = root ? [[root, 0]] : [];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

/** Text of `root`, one line per block; inline whitespace collapsed, no-break spaces kept. */
export function blockText(root: Node): { lines: string[]; linkDensity: Map<string, number> } {
  const lines: string[] = [];
  const linkDensity = new Map<string, number>();
  let buf = "";
  let linked = 0;
  const flush = () => {
    const raw = buf;
    const line = buf.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, "");
    if (line) {
      lines.push(line);
      if (linked > 0) linkDensity.set(line, Math.min(1, linked / Math.max(1, raw.trim().length)));
    }
    buf = "";
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      // Collapse HTML whitespace only: U+00A0 is text the writer put there.
      const t = (node.nodeValue ?? "").replace(/[ \t\n\r\f]+/g, " ");
      if (buf === "" || buf.endsWith(" ")) buf += t.replace(/^ /, "");
      else buf += t;
      if (inLink) linked += t.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR") return flush();
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, inLink || tag === "A");
    if (block) flush();
  };
  walk(root, false);
  flush();
  return { lines, linkDensity };
}

/** "Talks resume | Daily Planet" → "Talks resume" when the part cut is the site name. */
function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length > 1 && outlet) {
    const site = outlet.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== site);
    if (kept.length && kept.length < parts.length) return kept.join(" - ");
  }
  return title;
}

function isoDate(s: string | null | undefined): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s.trim()) : null;
  return m ? m[1]! : null;
}

function oneLine(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t.slice(0, 500) : null;
}
