// Bytes → text. Reporters save pages from browsers, Word and Notepad, so a file
// may be UTF-8 with or without a byte-order mark, UTF-16 with one, and use
// Windows or old-Mac line ends. Anything else is refused with a one-line reason
// rather than decoded into mojibake that every offset would then point into.

/** Why a file's bytes are not text we can read; the message is one line. */
export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | string;
}

/**
 * Decodes `bytes` as text and normalises line ends to "\n". `fallback` is an
 * encoding declared by the document itself (an HTML `<meta charset>`), tried
 * only when the bytes are not UTF-8.
 */
export function decodeText(bytes: Uint8Array, fallback: string | null = null): Decoded {
  const decoded = decodeBytes(bytes, fallback);
  const nul = decoded.text.indexOf("\u0000");
  if (nul >= 0) throw new DecodeError(`binary data, not text (NUL character at offset ${nul})`);
  return { text: normaliseLineEnds(decoded.text), encoding: decoded.encoding };
}

export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function decodeBytes(bytes: Uint8Array, fallback: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strict("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) throw new DecodeError("UTF-32 text is not supported (save it as UTF-8)");
    return { text: strict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  // NUL bytes never occur in UTF-8 prose; say so before complaining about the encoding.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeError(
      looksLikeBomlessUtf16(bytes)
        ? `looks like UTF-16 text without a byte-order mark (NUL byte at offset ${nul}); save it as UTF-8`
        : `binary data, not text (NUL byte at offset ${nul})`,
    );
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const label = fallback ? supportedLabel(fallback) : null;
    if (label && label !== "utf-8" && !label.startsWith("utf-16")) {
      let text = new TextDecoder(label).decode(bytes);
      if (label === "windows-1252") text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || c);
      return { text, encoding: label };
    }
    throw new DecodeError(`not valid UTF-8 text (invalid byte at offset ${firstInvalidUtf8(bytes)})`);
  }
}

function strict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const name = encoding.toUpperCase().replace("LE", " LE").replace("BE", " BE");
    if (encoding === "utf-8") throw new DecodeError(`not valid UTF-8 text (invalid byte at offset ${firstInvalidUtf8(bytes) + 3})`);
    throw new DecodeError(
      bytes.length % 2 ? `not valid ${name} text (odd number of bytes)` : `not valid ${name} text (unpaired surrogate)`,
    );
  }
}

// Node's TextDecoder decodes windows-1252 as ISO-8859-1, leaving 0x80-0x9F as C1
// controls; these are the characters Windows-1252 puts there (curly quotes, dashes, €).
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The encoding name TextDecoder knows for `label`, or null. */
function supportedLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

// Every other byte NUL, in the first KB: ASCII text stored as UTF-16.
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return false;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > 0.4 * half && even < 0.05 * half) || (even > 0.4 * half && odd < 0.05 * half);
}

/**
 * Offset of the first byte that breaks UTF-8. Hand-written because TextDecoder
 * only says that decoding failed, not where; it runs only on the error path.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // Report the lead byte: in Latin-1 or Windows-1252 text it is the accented letter.
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

/** The charset an HTML page declares in its first KB (`<meta charset>` or http-equiv), or null. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}
