// Entries for Framework's built-in search (observablehq.config.ts `search.index`)
// beyond the pages' own text: each actor (found by its name or any alias it was
// written as) opens the Actors page on that actor, each article (by its title,
// or the stand-in from its lede, outlet and byline) opens it in the Sources reader.
// The tables are the ones the report's data loaders read (the corpus cache, or DOSSIER_TABLES).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Tables } from "../loaders/types.js";
import { pageHref } from "../src/components/links.js";

export interface SearchEntry { path: string; title: string; text: string; keywords: string }

async function reportTables(): Promise<Pick<Tables, "actors" | "articles">> {
  if (process.env.DOSSIER_TABLES) {
    const dir = resolve(process.env.DOSSIER_TABLES);
    const read = (t: string) => JSON.parse(readFileSync(join(dir, `${t}.json`), "utf8"));
    return { actors: read("actors"), articles: read("articles") };
  }
  const { corpusTables } = await import("../loaders/tables/corpus.js");
  return (await corpusTables()).tables;
}

/** One entry per actor and per article of `tables`. */
export function searchEntries(tables: Pick<Tables, "actors" | "articles">, shownTitle: (a: Tables["articles"][number]) => string): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const a of tables.actors) {
    const aliases = (a.aliases ?? []).filter((x) => x && x !== a.name);
    out.push({
      path: `/${pageHref("actors", { actor: a.id })}`,
      title: `${a.name} (${a.kind})`,
      text: [a.role, aliases.length ? `also written as ${aliases.join(", ")}` : null, `${a.mentions} mentions in ${a.articles} articles`].filter(Boolean).join(". "),
      keywords: aliases.join(" "),
    });
  }
  for (const a of tables.articles) {
    out.push({
      path: `/${pageHref("sources", { article: a.id })}`,
      title: shownTitle(a),
      text: [a.outlet, a.published, a.byline, a.id].filter(Boolean).join(" · "),
      keywords: "",
    });
  }
  return out;
}

/** The async generator Framework calls when it builds the search index. */
export async function* searchIndex(): AsyncGenerator<SearchEntry> {
  const { shownTitle } = await import("../src/data/lib/lede.js");
  yield* searchEntries(await reportTables(), shownTitle);
}
