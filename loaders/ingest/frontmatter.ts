import { createRequire } from "node:module";
import type Matter from "gray-matter";

// gray-matter (with the YAML parser under it) is loaded when an article has front matter:
// most folders have none, and loading it is tens of milliseconds of every run's start.
const require = createRequire(import.meta.url);
let loaded: typeof Matter | undefined;
const matter = (...args: Parameters<typeof Matter>) => (loaded ??= require("gray-matter") as typeof Matter)(...args);

/** Metadata a Markdown article may carry in its front matter (all optional). */
export interface FrontMatter {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

// Keys reporters and static-site generators use for the same thing, first wins.
const KEYS: Record<keyof FrontMatter, string[]> = {
  title: ["title", "headline"],
  byline: ["byline", "author", "authors", "by"],
  published: ["published", "date", "pubdate", "published_at", "publishedAt"],
  outlet: ["outlet", "publisher", "source", "site", "site_name", "publication"],
  url: ["url", "link", "canonical", "canonical_url", "source_url"],
  language: ["language", "lang", "locale"],
};

const MAX_VALUE = 500;

// gray-matter would eval `---js` front matter; a saved article is untrusted input.
const refuse = {
  parse: () => {
    throw new Error("only YAML or JSON front matter is read");
  },
};

/**
 * Splits `---` front matter from a Markdown article. Values are untrusted: each
 * becomes a one-line string (or null); YAML dates become YYYY-MM-DD. A block that
 * does not parse leaves no metadata, and its body is still the text after it.
 */
export function splitFrontMatter(source: string): { meta: FrontMatter; body: string; problem: string | null } {
  const empty: FrontMatter = { title: null, byline: null, published: null, outlet: null, url: null, language: null };
  // A leading "---" without a closing one is a thematic break, not front matter.
  if (!/^---[^\S\n]*[\w-]*[^\S\n]*\n[^]*?\n---[^\S\n]*(?:\n|$)/.test(source)) return { meta: empty, body: source, problem: null };
  let data: Record<string, unknown>;
  let body: string;
  try {
    // Passing options also keeps gray-matter from caching every article it sees.
    const parsed = matter(source, { engines: { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse } });
    data = parsed.data && typeof parsed.data === "object" ? (parsed.data as Record<string, unknown>) : {};
    body = parsed.content;
  } catch (e) {
    const close = /\n---[^\S\n]*(?:\n|$)/.exec(source.slice(3));
    body = close ? source.slice(3 + close.index + close[0].length) : source;
    return { meta: empty, body, problem: `front matter ignored (${oneLine((e as Error).message)})` };
  }
  const meta = { ...empty };
  for (const field of Object.keys(KEYS) as (keyof FrontMatter)[]) {
    for (const key of KEYS[field]) {
      const v = field === "published" ? dateValue(data[key]) : stringValue(data[key]);
      if (v) {
        meta[field] = v;
        break;
      }
    }
  }
  return { meta, body, problem: null };
}

function stringValue(v: unknown): string | null {
  if (typeof v === "string" || typeof v === "number") return clip(String(v));
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    // Stop once the cell is full: YAML aliases can nest a list billions of items deep ("billion laughs").
    const parts: string[] = [];
    let length = 0;
    for (const item of v) {
      const s = stringValue(item);
      if (s) parts.push(s);
      if ((length += (s?.length ?? 0) + 2) > MAX_VALUE) break;
    }
    return parts.length ? clip(parts.join(", ")) : null;
  }
  if (v && typeof v === "object" && "name" in v) return stringValue((v as { name: unknown }).name);
  return null;
}

function dateValue(v: unknown): string | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  const s = stringValue(v);
  if (!s) return null;
  // "2024-11-16T09:30:00Z" → the date part; other spellings are kept for the pipeline to warn about.
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(s);
  return m ? m[1]! : s;
}

function clip(s: string): string | null {
  // Control characters and line breaks would break the one-line CSV/table cell.
  const t = oneLine(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " "));
  return t ? t.slice(0, MAX_VALUE) : null;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
