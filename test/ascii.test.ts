import { describe, expect, it } from "vitest";
import { asciiTwin, forText, readsAsAscii } from "../loaders/text/ascii.js";

const PATTERNS = [/\b(?:if|sk|unless)\b/iu, /[a-z]+/iu, /\w+/iu, /[^,]{2}/u, /./u, /\S\s*$/iu, /\W/iu, /\b(?:would|may)\s+\w+/giu];

describe("asciiTwin and readsAsAscii", () => {
  it("reads every code unit but ſ, the Kelvin sign and surrogates as the u-flag regex does", () => {
    const twins = PATTERNS.map(asciiTwin);
    const differ: string[] = [];
    const key = (m: RegExpExecArray | null) => (m ? `${m.index}:${m[0]}` : "none");
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const odd = c === 0x17f || c === 0x212a || (c >= 0xd800 && c <= 0xdfff);
      for (const text of [`${ch}if`, `if${ch}`, `sk${ch} may go`, ch]) {
        if (readsAsAscii(text) === odd) differ.push(`readsAsAscii U+${c.toString(16)}`);
        if (odd) continue;
        PATTERNS.forEach((re, i) => {
          const twin = twins[i]!;
          re.lastIndex = twin.lastIndex = 0;
          if (key(twin.exec(text)) !== key(re.exec(text))) differ.push(`${re} on U+${c.toString(16)}`);
        });
      }
    }
    expect(differ).toEqual([]);
  });

  it("keeps the u-flag regex for a text that needs it", () => {
    const re = /\bsk\b/iu, twin = asciiTwin(re);
    expect(forText(re, twin, "the \u017fk is")).toBe(re);
    expect(forText(re, twin, "an emoji \ud83d\ude00 here")).toBe(re);
    expect(forText(re, twin, "plain Marlow text")).toBe(twin);
  });

  it("refuses a source that is not ASCII or uses \\p", () => {
    expect(() => asciiTwin(/\p{Lu}/u)).toThrow();
    expect(() => asciiTwin(/[“”]/u)).toThrow();
    expect(() => asciiTwin(/abc/i)).toThrow();
  });
});
