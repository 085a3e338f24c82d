// A minimal POSIX ustar writer for archive data loaders (`report.tar.ts`):
// Framework starts one Node process per data loader, each paying for the
// extractor's import, so the report's helper files share one loader and one
// archive. Hand-written because the format is three fixed fields and padding,
// and Framework's own tar reader (tar-stream) is not a direct dependency.

const BLOCK = 512;

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}

function header(name: string, size: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const put = (text: string, at: number) => h.set(new TextEncoder().encode(text), at);
  if (new TextEncoder().encode(name).length > 100) throw new Error(`tar: name too long: ${name}`);
  put(name, 0);
  put(octal(0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(0, 12), 136); // mtime 0: the archive depends on its contents only
  put("        ", 148); // checksum field counts as spaces while summing
  put("0", 156);
  put("ustar\u000000", 257);
  const sum = h.reduce((s, b) => s + b, 0);
  put(octal(sum, 7) + " ", 148);
  return h;
}

/** The files as one uncompressed tar archive. */
export function tar(files: Record<string, string | Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [name, content] of Object.entries(files)) {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    parts.push(header(name, bytes.length), bytes, new Uint8Array((BLOCK - (bytes.length % BLOCK)) % BLOCK));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
