import { join } from "node:path";
import type { Problem } from "../types.js";

// The planning rules both planners apply (pipeline.ts planFolder for the
// reference and the shards, plan/manifest.ts planCached for the build), so a
// rule is stated once.

/** A sources.csv row naming no article file of the folder: a warning on sources.csv. */
export function orphanRows(dir: string, files: readonly string[], rows: Iterable<string>): Problem[] {
  const listed = new Set(files);
  return [...rows].filter((file) => !listed.has(file)).map((file) => ({ file: join(dir, "sources.csv"), level: "warning", message: `row for "${file}" names no article file` }));
}

/** Two files with one stem would be one article id: the later one is refused. */
export function duplicateId(id: string, seen: Set<string>): string | null {
  if (seen.has(id)) return `article id "${id}" is already used by another file`;
  seen.add(id);
  return null;
}
