import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type compromise from "compromise";
import { LOADERS } from "../version.js";

// compromise through its bundled CommonJS build: one file to load where the
// package's ES module entry is several hundred, which every worker thread would
// resolve and compile again. The same release's code: the same lexicon, tags and
// conjugations (only the random term ids differ between the two builds).
//
// Loading it costs more than most articles' extraction (it unpacks its lexicon on
// load), and a run mostly needs only that lexicon and the inflections of the events
// lexicon's heads, with the tagger's readings of a few short phrases (keptReading). These
// are kept on disk per compromise release (.dossier-cache/compromise), so compromise itself
// is loaded only when something not kept is asked of it.

type Nlp = typeof compromise;
const require = createRequire(import.meta.url);
let loaded: Nlp | undefined;
const load = (): Nlp => (loaded ??= require("compromise") as Nlp);

/** compromise, loaded on first use: a call or any property read loads it. */
export const nlp = new Proxy((() => {}) as unknown as Nlp, {
  apply: (_t, thisArg, args) => Reflect.apply(load() as unknown as (...a: unknown[]) => unknown, thisArg, args),
  get: (_t, prop) => {
    const m = load() as unknown as Record<PropertyKey, unknown>;
    const v = m[prop];
    return typeof v === "function" ? v.bind(m) : v;
  },
});

type Lexicon = Record<string, string | string[]>;
/** What is kept per release: the lexicon, each inflection asked for (null: compromise threw on the word), and each reading (keptReading). */
interface Kept {
  lexicon: Lexicon;
  conjugations: Record<string, Record<string, string> | null>;
  plurals: Record<string, string | null>;
  readings: Record<string, Record<string, Reading>>;
}

/** The file for the installed release, or null when its version cannot be read. */
function keptFile(): string | null {
  try {
    for (let dir = dirname(require.resolve("compromise")); dir !== dirname(dir); dir = dirname(dir)) {
      let pkg: { name?: string; version?: string };
      try {
        pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      } catch {
        continue;
      }
      if (pkg.name === "compromise" && pkg.version) return join(LOADERS, "..", ".dossier-cache", "compromise", `${pkg.version}.json`);
    }
  } catch {
    // not resolvable: compromise is loaded as before
  }
  return null;
}

const FILE = keptFile();

function readKept(): Kept | null {
  try {
    const k = JSON.parse(readFileSync(FILE!, "utf8")) as Kept;
    if (!k || typeof k.lexicon !== "object" || typeof k.conjugations !== "object" || typeof k.plurals !== "object") return null;
    // a file kept before readings were: its lexicon and inflections still hold
    if (typeof k.readings !== "object" || !k.readings) k.readings = {};
    return k;
  } catch {
    return null;
  }
}

const fromDisk = FILE ? readKept() : null;
const kept: Kept = fromDisk ?? {
  lexicon: (load() as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon,
  conjugations: {},
  plurals: {},
  readings: {},
};

let saving = false;
/** Writes what is kept, once the current work is done (best effort: a read-only checkout keeps nothing). */
function save(): void {
  if (!FILE || saving) return;
  saving = true;
  setImmediate(() => {
    saving = false;
    try {
      mkdirSync(dirname(FILE), { recursive: true });
      const tmp = `${FILE}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(kept));
      renameSync(tmp, FILE);
    } catch {
      // kept in memory for this process only
    }
  });
}
if (!fromDisk) save();

/** compromise's English lexicon: a lower-cased word or phrase → its tag or tags. */
export const LEXICON: Lexicon = kept.lexicon;

/** The lexicon's tags of a lower-cased word or phrase (own keys only: "constructor" in an article is not Object's constructor). */
export function lexiconTags(lower: string): string[] {
  const t = Object.hasOwn(LEXICON, lower) ? LEXICON[lower]! : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

type World = { methods: any; model: any };
const world = (): World => (load() as unknown as { world(): World }).world();

/** compromise's conjugations of a verb (Infinitive, PastTense, …); throws where compromise throws. */
export function conjugate(verb: string): Record<string, string> {
  if (!Object.hasOwn(kept.conjugations, verb)) {
    let c: Record<string, string> | null = null;
    try {
      c = world().methods.two.transform.verb.conjugate(verb, world().model) as Record<string, string>;
    } finally {
      kept.conjugations[verb] = c;
      save();
    }
  }
  const c = kept.conjugations[verb];
  if (!c) throw new Error(`compromise cannot conjugate "${verb}"`);
  return c;
}

/** compromise's plural of a noun; throws where compromise throws. */
export function pluralOf(noun: string): string {
  if (!Object.hasOwn(kept.plurals, noun)) {
    let p: string | null = null;
    try {
      p = (world().methods.two.transform.noun.toPlural(noun, world().model) as string) ?? "";
    } finally {
      kept.plurals[noun] = p;
      save();
    }
  }
  const p = kept.plurals[noun];
  if (p === null) throw new Error(`compromise cannot pluralise "${noun}"`);
  return p!;
}

/** What keptReading keeps: JSON that reads back equal (the callers read it, never change it). */
export type Reading = boolean | string | null | readonly Reading[];

/** Readings kept per kind at most: a large corpus's own phrases would make the file slow to read. */
const READINGS_KEPT = 20_000;

/**
 * compromise's answer to a question about a short text (`ask`), kept per release like the
 * inflections: a run asks the tagger about a handful of phrases, and loading compromise for
 * them cost more than all the rest of a small run's start. The tagger reads a text the same
 * way every time, so an answer kept is the answer `ask` would give.
 */
export function keptReading<T extends Reading>(kind: string, text: string, ask: () => T): T {
  const known = (kept.readings[kind] ??= {});
  if (Object.hasOwn(known, text)) return known[text] as T;
  const answer = ask();
  if (Object.keys(known).length < READINGS_KEPT) {
    known[text] = answer;
    save();
  }
  return answer;
}
