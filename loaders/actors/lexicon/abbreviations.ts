import { createRequire } from "node:module";

// Abbreviations whose full stop belongs to the name they end: a company's legal
// suffix ("Harbor Freight Corp.") and a US state as news agencies write it after
// a town ("Riverton, Calif."). CoNLL's tokens, and so its names, keep that stop;
// a name cut before it is a different span from the one a reader marks.

const require = createRequire(import.meta.url);

/** Company suffixes, the standard short legal forms. */
export const CORPORATE = new Set(["Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Pty", "Plc", "Bhd"]);

/**
 * The AP stylebook's state abbreviations that end in a full stop, without it ("Calif", "Vt"),
 * from us-states-normalize. Dotted forms ("N.Y.", "D.C.") are one token with their stop already.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.values(require("us-states-normalize/jsons/states.json") as Record<string, { AP: string }>)
    .map((s) => s.AP)
    .filter((ap) => /^\p{Lu}\p{Ll}+\.$/u.test(ap))
    .map((ap) => ap.slice(0, -1)),
);

/** Whether a word written with a full stop after it is an abbreviation whose stop is part of the name. */
export const keepsStop = (word: string): boolean => CORPORATE.has(word) || STATE_ABBREVIATIONS.has(word);
