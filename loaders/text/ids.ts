import { createHash } from "node:crypto";

/** Stable short id from the parts that identify a row (article id, offsets, type). */
export function rowId(prefix: string, ...parts: (string | number | null)[]): string {
  const h = createHash("sha1").update(parts.map((p) => String(p ?? "")).join("\u0000")).digest("hex");
  return `${prefix}_${h.slice(0, 12)}`;
}

/** Slug of a canonical name: the actor id. "Takeshi Iwaya" → "takeshi-iwaya". */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "actor";
}
