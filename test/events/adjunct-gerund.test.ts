import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A gerund of time ("before arriving in Y") takes its tense from the clause it hangs on: planned
// when that clause's act lies ahead, done when it is told as done. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.mode]);

describe("a gerund of time", () => {
  it("after a planned act is planned too", () => {
    const rows = run(marked("{S:Karl Vemmer/person} will meet {Otto Brandt/person} on Monday before travelling to {T:Estovia}."));
    expect(rows.filter(([, , t]) => t === "estovia")).toEqual([["AGREE", "karl-vemmer", "estovia", "visit (planned)"]]);
  });
  it("after an act told as done is done", () => {
    const rows = run(marked("{S:Karl Vemmer/person} met {Otto Brandt/person} on Monday before travelling to {T:Estovia}."));
    expect(rows.filter(([, , t]) => t === "estovia").map(([type]) => type)).toEqual(["CONSULT"]);
  });
});
