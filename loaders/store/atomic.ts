import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync, writevSync } from "node:fs";

// Its own module so that the cache and the JSON writer can use it without
// loading Arrow and Parquet, slow to load, which a JSON-only rebuild never needs.

/**
 * Writes `data` next to `path` and renames it into place: a reader never sees
 * half a table. A list of pieces (a table assembled from cached rows, 100 MB
 * in 10,000 pieces) is written as it is, without first copying it into one buffer.
 */
export function writeAtomic(path: string, data: string | Uint8Array | readonly Uint8Array[]): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    if (Array.isArray(data)) writePieces(tmp, data as readonly Uint8Array[]);
    else writeFileSync(tmp, data as string | Uint8Array);
    renameSync(tmp, path);
  } catch (e) {
    // A failed write (disk full, no permission) leaves the old table and no stray temp file.
    rmSync(tmp, { force: true, recursive: true });
    throw e;
  }
}

function writePieces(path: string, pieces: readonly Uint8Array[]): void {
  const fd = openSync(path, "w");
  try {
    for (let i = 0; i < pieces.length; i += 1024) {
      const chunk = pieces.slice(i, i + 1024);
      let written = writevSync(fd, chunk as Uint8Array[]);
      // A short write (rare, huge chunks): the rest piece by piece.
      for (const piece of chunk) {
        if (written >= piece.byteLength) {
          written -= piece.byteLength;
          continue;
        }
        for (let at = written; at < piece.byteLength; ) at += writeSync(fd, piece, at, piece.byteLength - at);
        written = 0;
      }
    }
  } finally {
    closeSync(fd);
  }
}
