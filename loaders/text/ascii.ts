// A regex of ASCII words read with the u flag costs several times what it costs without it,
// and over a text holding no "ſ" (U+017F), no Kelvin sign (U+212A) and no surrogate the two
// read alike: only those two letters fold onto ASCII ones (s, k) under the i and u flags, and
// only surrogates make code points differ from code units (what a class, a dot or a count reads).

/** The flag-free twin of `re` (same source, same flags but u); the source must be ASCII with no \p or \u{…}. */
export function asciiTwin(re: RegExp): RegExp {
  if (!re.unicode || /[^\x20-\x7e]|\\[pPu]/.test(re.source)) throw new Error(`asciiTwin: not an ASCII u-flag regex: ${re.source}`);
  return new RegExp(re.source, re.flags.replace("u", ""));
}

let lastText: string | null = null;
let lastAscii = false;

/**
 * Whether `text` holds none of the characters for which a u-flag regex and its twin differ;
 * the answer for the last text is kept (an article's stages ask it of one text many times).
 * What holds for a text holds for every slice of it.
 */
export function readsAsAscii(text: string): boolean {
  if (text === lastText) return lastAscii;
  lastText = text;
  lastAscii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x17f || c === 0x212a || (c >= 0xd800 && c <= 0xdfff)) {
      lastAscii = false;
      break;
    }
  }
  return lastAscii;
}

/** `re`, or its twin when `text` (or the article it is a slice of) reads alike under both. */
export const forText = (re: RegExp, twin: RegExp, text: string): RegExp => (readsAsAscii(text) ? twin : re);
