import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { expectGolden } from "../util/golden.js";
import { marked } from "./helpers.js";

// Golden snapshots of the events of two short articles written for these tests,
// with mentions and dates marked by hand (see helpers.ts), so that the snapshot
// changes only when the events stage does.
const dir = join(import.meta.dirname, "../fixtures/events");

describe("events: golden fixtures", () => {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    it(f, () => {
      const m = marked(readFileSync(join(dir, f), "utf8"), f.replace(/\.txt$/, ""));
      const rows = extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => ({ ...e, span: m.doc.text.slice(e.start, e.end) }));
      expectGolden(join(dir, f.replace(/\.txt$/, ".events.json")), rows);
    });
  }
});
