import { describe, expect, it } from "vitest";
import { isSpace } from "../loaders/text/space.js";

describe("isSpace", () => {
  it("agrees with /\\s/ on every UTF-16 code unit, and is false past the text's end", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    expect(isSpace("ab".charCodeAt(5))).toBe(false);
  });
});
