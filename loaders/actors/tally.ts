import type { ActorKind, ActorRow } from "../types.js";
import { slug } from "../text/ids.js";
import type { Candidate } from "./candidate.js";
import { nameTokens } from "./normalize.js";
import { mixedCaseName } from "./casename.js";
import { familyNameOnly } from "./personedges.js";
import type { RegistryActor } from "./registry.js";

// What an actor row is made of, kept as counts rather than as the mentions
// themselves: the row (name, id, aliases, country, role) is a function of these
// tallies. Every "most common" breaks ties by what was seen first, so each
// list keeps its values in the order first seen.

/** Values in the order first seen, each with its count. */
export type Counts = [value: string, n: number][];

export interface Tally {
  /** A person's full names (more than one word). */
  full: Counts;
  country: Counts;
  /** Roles naming their country or body ("President of Russia"). */
  roleOf: Counts;
  role: Counts;
  /** The cleaned surfaces of alias mentions. */
  alias: Counts;
  /** Distinct spans, and the articles they are in. */
  mentions: number;
  docs: number;
}

/** An actor as resolution leaves it: what it was created with, and its tally. */
export interface TalliedActor {
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  registry: RegistryActor | null;
  tally: Tally;
}

export const emptyTally = (): Tally => ({ full: [], country: [], roleOf: [], role: [], alias: [], mentions: 0, docs: 0 });

/** Counts mentions' values into a tally, in the order the resolver joined them. */
export class TallyBuilder {
  private readonly index = { full: new Map<string, number>(), country: new Map<string, number>(), roleOf: new Map<string, number>(), role: new Map<string, number>(), alias: new Map<string, number>() };
  private readonly last = { full: [null, 0], country: [null, 0], roleOf: [null, 0], role: [null, 0], alias: [null, 0] } as Record<(typeof LISTS)[number], [string | null, number]>;
  /** The last name added and whether it has several words: an actor's mentions mostly share one name. */
  private lastName: string | null = null;
  private lastFull = false;

  constructor(readonly tally: Tally) {}

  /** One mention; the surface is counted as an alias when the mention is alias-like. */
  add(c: Candidate, surface: string): void {
    if (c.name !== this.lastName) (this.lastName = c.name), (this.lastFull = nameTokens(c.name).length > 1 && !familyNameOnly(c.name));
    if (this.lastFull) this.count("full", c.name);
    if (c.country !== null) this.count("country", c.country);
    if (c.role?.includes(" of ")) this.count("roleOf", c.role);
    if (c.role !== null) this.count("role", c.role);
    if (c.alias) this.count("alias", surface);
  }

  private count(k: (typeof LISTS)[number], v: string): void {
    const list = this.tally[k];
    // An actor's mentions mostly repeat the value counted before: its place is known.
    const last = this.last[k];
    const i = last[0] === v ? last[1] : this.index[k].get(v);
    if (i !== undefined) (last[0] = v), (last[1] = i);
    if (i === undefined) {
      this.index[k].set(v, list.length);
      list.push([v, 1]);
    } else list[i]![1]++;
  }
}

const LISTS = ["full", "country", "roleOf", "role", "alias"] as const;

function mostCommon(c: Counts): string | null {
  let best: string | null = null, k = 0;
  for (const [v, n] of c) if (n > k) [best, k] = [v, n];
  return best;
}

/** The actor rows, in creation order; ids[i] is actor i's id, null for an actor without mentions. */
export function actorRows(actors: TalliedActor[]): { rows: ActorRow[]; ids: (string | null)[] } {
  const rows: ActorRow[] = [];
  const ids: (string | null)[] = [];
  const used = new Set<string>();
  // The next number to try per slug: a name shared by many actors would otherwise retry every taken number each time.
  const next = new Map<string, number>();
  for (const a of actors) {
    const t = a.tally;
    if (!t.mentions) {
      ids.push(null);
      continue;
    }
    // The fullest spelling seen most often names a person found without the registry.
    const spelt = !a.registry && a.kind === "person" ? mostCommon(t.full) ?? a.name : a.name;
    const name = a.registry ? spelt : mixedCaseName(spelt, [...t.full, ...t.alias].map(([s]) => s));
    let id = a.registry?.id ?? slug(name);
    if (used.has(id)) id = `${id}-${a.kind}`;
    if (used.has(id)) {
      const base = slug(name);
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      next.set(base, n + 1);
      id = `${base}-${n}`;
    }
    used.add(id);
    ids.push(id);
    rows.push({
      id,
      name,
      kind: a.kind,
      aliases: t.alias.flatMap(([s]) => (s === name ? [] : [s])),
      country: a.registry ? a.registry.country : a.country ?? mostCommon(t.country),
      // A role that names its office holder's country or body ("President of Russia") beats a bare "President".
      role: a.registry?.role ?? mostCommon(t.roleOf) ?? a.role ?? mostCommon(t.role),
      mentions: t.mentions,
      articles: t.docs,
    });
  }
  return { rows, ids };
}
