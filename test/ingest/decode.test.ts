import { describe, expect, it } from "vitest";
import { DecodeError, decodeText, firstInvalidUtf8, sniffHtmlCharset } from "../../loaders/ingest/decode.js";

const TEXT = "Kyiv’s “grave concern”\u00a0— Zürich, 東京\r\nsecond line\rthird line\n";
const EXPECTED = "Kyiv’s “grave concern”\u00a0— Zürich, 東京\nsecond line\nthird line\n";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array(be);
};
const cat = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));
const reason = (bytes: Uint8Array) => {
  try {
    decodeText(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return (e as Error).message;
  }
  throw new Error("decoded without error");
};

describe("decodeText", () => {
  it("reads UTF-8 without a BOM and normalises CRLF and CR", () => {
    expect(decodeText(utf8(TEXT))).toEqual({ text: EXPECTED, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    expect(decodeText(cat([0xef, 0xbb, 0xbf], utf8(TEXT))).text).toBe(EXPECTED);
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeText(cat([0xff, 0xfe], utf16le(TEXT)))).toEqual({ text: EXPECTED, encoding: "utf-16le" });
    expect(decodeText(cat([0xfe, 0xff], utf16be(TEXT)))).toEqual({ text: EXPECTED, encoding: "utf-16be" });
  });

  it("keeps astral characters in UTF-16 (surrogate pairs)", () => {
    expect(decodeText(cat([0xff, 0xfe], utf16le("flag 🇺🇦 ok"))).text).toBe("flag 🇺🇦 ok");
  });

  it("names the offset of an invalid UTF-8 byte", () => {
    const bytes = cat(utf8("Caf"), [0xe9], utf8(" au lait"));
    expect(reason(bytes)).toBe("not valid UTF-8 text (invalid byte at offset 3)");
  });

  it("counts the offset in the file when a BOM precedes invalid UTF-8", () => {
    expect(reason(cat([0xef, 0xbb, 0xbf], utf8("ab"), [0xff]))).toBe("not valid UTF-8 text (invalid byte at offset 5)");
  });

  it("refuses a truncated multi-byte sequence and overlong encodings", () => {
    expect(firstInvalidUtf8(cat(utf8("ok "), [0xe2, 0x80]))).toBe(3);
    expect(firstInvalidUtf8(cat([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(cat(utf8("a"), [0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate in UTF-8
    expect(firstInvalidUtf8(utf8("all good ✓"))).toBe(utf8("all good ✓").length);
  });

  it("calls NUL bytes binary data", () => {
    expect(reason(cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe("binary data, not text (NUL byte at offset 8)");
  });

  it("recognises UTF-16 saved without a byte-order mark", () => {
    expect(reason(utf16le("Plain ASCII text saved as UTF-16."))).toMatch(/^looks like UTF-16 text without a byte-order mark/);
  });

  it("refuses a NUL character inside UTF-16 text", () => {
    expect(reason(cat([0xff, 0xfe], utf16le("a\u0000b")))).toBe("binary data, not text (NUL character at offset 1)");
  });

  it("refuses UTF-16 with an odd number of bytes or an unpaired surrogate", () => {
    expect(reason(cat([0xff, 0xfe], utf16le("abc"), [0x41]))).toBe("not valid UTF-16 LE text (odd number of bytes)");
    expect(reason(cat([0xfe, 0xff], [0xd8, 0x00, 0x00, 0x41]))).toBe("not valid UTF-16 BE text (unpaired surrogate)");
  });

  it("falls back to a charset the HTML page declares when the bytes are not UTF-8", () => {
    const html = cat(utf8('<meta charset="windows-1252"><p>Caf'), [0xe9, 0x20, 0x93, 0x94], utf8("</p>"));
    expect(sniffHtmlCharset(html)).toBe("windows-1252");
    expect(decodeText(html, sniffHtmlCharset(html)).text).toContain("<p>Café “”</p>");
  });

  it("every error message is one line", () => {
    for (const bytes of [cat([0xff]), cat([0, 1, 2]), cat([0xff, 0xfe, 0x41])]) expect(reason(bytes)).not.toMatch(/\n/);
  });
});
