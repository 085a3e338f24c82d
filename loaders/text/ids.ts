import * as crypto from "node:crypto";

/** One-shot hashing where Node has it (20.12+; several times faster for short strings), else a Hash object: the same digest. */
export const hexDigest: (algorithm: string, data: string) => string =
  typeof crypto.hash === "function" ? (a, d) => crypto.hash(a, d, "hex") : (a, d) => crypto.createHash(a).update(d).digest("hex");

/** Stable short id from the parts that identify a row (article id, offsets, type). */
export function rowId(prefix: string, ...parts: (string | number | null)[]): string {
  // Joined in a loop: the parts mix numbers and strings, which a map callback's optimised code did not survive.
  let key = "";
  for (let i = 0; i < parts.length; i++) key += (i ? "\u0000" : "") + String(parts[i] ?? "");
  const h = hexDigest("sha1", key);
  return `${prefix}_${h.slice(0, 12)}`;
}

/** Slug of a canonical name: the actor id. "Orvel Tessaly" → "orvel-tessaly". */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "actor";
}
