import { slug } from "../text/ids.js";

/** A readable file stem from a title (or the original name), unique among `taken`. */
export function articleSlug(title: string, taken: Set<string>, published?: string | null): string {
  const words = slug(title).split("-").filter(Boolean).slice(0, 8).join("-").slice(0, 60).replace(/-+$/, "") || "article";
  const base = published ? `${published}-${words}` : words;
  let s = base;
  for (let i = 2; taken.has(s); i++) s = `${base}-${i}`;
  return s;
}
