import { createRequire } from "node:module";

// Abbreviations whose full stop belongs to the name they end: a company's legal
// suffix ("Harbor Freight Corp.") and a US state as news agencies write it after
// a town ("Riverton, Calif."). CoNLL's tokens, and so its names, keep that stop;
// a name cut before it is a different span from the one a reader marks.

const require = createRequire(import.meta.url);

/** Company suffixes, the standard short legal forms. */
export const CORPORATE = new Set(["Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Pty", "Plc", "Bhd"]);

const STATES = Object.values(require("us-states-normalize/jsons/states.json") as Record<string, { name: string; AP: string }>);

/** The AP stylebook's abbreviated states, with their stop ("Calif.", "N.Y."), and the state each names. */
export const STATE_BY_AP_FORM: ReadonlyMap<string, string> = new Map(STATES.filter((s) => s.AP !== s.name).map((s) => [s.AP, s.name]));

/**
 * The AP stylebook's state abbreviations that end in a full stop, without it ("Calif", "Vt"),
 * from us-states-normalize. Dotted forms ("N.Y.", "D.C.") are one token with their stop already.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  STATES.map((s) => s.AP)
    .filter((ap) => /^\p{Lu}\p{Ll}+\.$/u.test(ap))
    .map((ap) => ap.slice(0, -1)),
);

/** Whether a word written with a full stop after it is an abbreviation whose stop is part of the name. */
export const keepsStop = (word: string): boolean => CORPORATE.has(word) || STATE_ABBREVIATIONS.has(word);
