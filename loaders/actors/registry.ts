import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "csv-parse/sync";
import type { ActorKind, Problem } from "../types.js";
import { slug } from "../text/ids.js";
import { nameKey } from "./normalize.js";

// The reporter's registry, data/actors.csv: read before anything is guessed, so
// a correction (a canonical spelling, an alias, "these are two people") survives
// every rebuild. A bad row costs that row only, with one line naming it.

export const REGISTRY_COLUMNS = ["id", "name", "kind", "aliases", "country", "role", "distinct_from", "note"] as const;
const KINDS = new Set<ActorKind>(["person", "organization", "country", "place", "group"]);

export interface RegistryActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  country: string | null;
  role: string | null;
  distinctFrom: string[];
  note: string | null;
  line: number;
}

export interface Registry {
  actors: RegistryActor[];
  problems: Problem[];
}

let iso3: Set<string> | null = null;
function isIso3(code: string): boolean {
  if (!iso3) {
    const require = createRequire(import.meta.url);
    iso3 = new Set((require("world-countries") as { cca3: string }[]).map((c) => c.cca3));
  }
  return iso3.has(code);
}

export function readRegistry(path: string | null | undefined): Registry {
  if (!path) return { actors: [], problems: [] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { actors: [], problems: [{ file: path, level: "error", message: `cannot read the actor registry: ${(e as Error).message}` }] };
  }
  return parseRegistry(text, path);
}

type Rec = { record: string[]; line: number };

function records(text: string, file: string, problems: Problem[]): Rec[] {
  const opts = { relax_column_count: true, skip_empty_lines: true, info: true, bom: true, trim: true } as const;
  try {
    return (parse(text, opts) as unknown as { record: string[]; info: { lines: number } }[]).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch {
    // One broken quote would swallow the rest of the file: read line by line instead.
    const out: Rec[] = [];
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        const [r] = parse(l, opts) as unknown as { record: string[] }[];
        if (r) out.push({ record: r.record, line: i + 1 });
      } catch (e) {
        problems.push({ file, level: "error", message: `line ${i + 1}: unreadable CSV (${(e as Error).message.split(":")[0]}); row skipped` });
      }
    });
    return out;
  }
}

export function parseRegistry(text: string, file = "actors.csv"): Registry {
  const problems: Problem[] = [];
  const bad = (line: number, message: string) => problems.push({ file, level: "error", message: `line ${line}: ${message}` });
  const recs = records(text, file, problems);
  const header = recs.shift();
  if (!header) return { actors: [], problems };
  const cols = header.record.map((h) => h.trim().toLowerCase());
  const missing = ["name", "kind"].filter((c) => !cols.includes(c));
  if (missing.length) {
    bad(header.line, `header lacks ${missing.join(", ")} (expected ${REGISTRY_COLUMNS.join(",")}); registry ignored`);
    return { actors: [], problems };
  }
  const seen: Seen = { ids: new Set(), claimed: new Map() };
  const actors: RegistryActor[] = [];
  for (const { record, line } of recs) {
    if (record.length !== cols.length) {
      bad(line, `expected ${cols.length} columns, found ${record.length}; row skipped`);
      continue;
    }
    const get = (c: string) => {
      const v = record[cols.indexOf(c)];
      return v === undefined || v.trim() === "" ? null : v.trim();
    };
    const actor = readRow(get, line, seen, (m) => bad(line, m));
    if (actor) actors.push(actor);
  }
  return { actors, problems };
}

/** Ids taken and alias keys claimed by earlier rows: the registry refuses a second owner. */
interface Seen {
  ids: Set<string>;
  claimed: Map<string, string>;
}

/** One row as an actor, or null (with its problem) when it cannot be one. */
function readRow(get: (c: string) => string | null, line: number, seen: Seen, bad: (message: string) => void): RegistryActor | null {
  const name = get("name");
  const kind = get("kind") as ActorKind | null;
  if (!name) return bad("empty name; row skipped"), null;
  if (!kind || !KINDS.has(kind)) return bad(`unknown kind "${kind ?? ""}" for ${name} (use ${[...KINDS].join(", ")}); row skipped`), null;
  const id = get("id") ?? slug(name);
  if (seen.ids.has(id)) return bad(`id "${id}" is already used by an earlier row; row skipped`), null;
  let country = get("country");
  if (country && !isIso3(country.toUpperCase())) {
    bad(`country "${country}" is not an ISO 3166-1 alpha-3 code; left empty`);
    country = null;
  }
  const aliases: string[] = [];
  for (const alias of splitList(get("aliases"))) {
    const owner = seen.claimed.get(nameKey(alias));
    if (owner && owner !== id) bad(`alias "${alias}" is already claimed by "${owner}"; alias ignored`);
    else seen.claimed.set(nameKey(alias), id), aliases.push(alias);
  }
  const nk = nameKey(name);
  if (seen.claimed.has(nk) && seen.claimed.get(nk) !== id) return bad(`name "${name}" is already an alias of "${seen.claimed.get(nk)}"; row skipped`), null;
  seen.claimed.set(nk, id);
  seen.ids.add(id);
  const role = get("role");
  const note = get("note");
  return { id, name, kind, aliases, country: country?.toUpperCase() ?? null, role, distinctFrom: splitList(get("distinct_from")), note, line };
}

const splitList = (v: string | null) => (v ?? "").split("|").map((s) => s.trim()).filter(Boolean);
