import nlp from "compromise";
import type { Doc } from "../loaders/types.js";

/** What a JS user would reach for: compromise's people, places, organizations and numbers over each article. */
export function compromiseBaseline(texts: string[]): number {
  let found = 0;
  for (const t of texts) {
    const doc = nlp(t);
    found += doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length;
  }
  return found;
}
export type { Doc };
