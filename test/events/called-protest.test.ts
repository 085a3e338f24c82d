import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// Calling a strike or a protest stages it; calling for one appeals, calling one off ends it,
// calling it something names it. Sentences written for these tests.
const events = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.source_text ?? null, e.target]);
};

describe("a protest called", () => {
  it("by a body or by unions, against whom it names", () => {
    expect(events("{Freedom Front/organization} called a general strike against {Norland}.")).toEqual([["PROTEST", "freedom-front", null, "norland"]]);
    expect(events("Trade unions called a three-day strike against the government of {Norland}.")).toEqual([["PROTEST", null, "trade unions", "norland"]]);
  });

  it("not called for, called off, or called something", () => {
    expect(events("{Freedom Front/organization} called off the strike against {Norland}.")).toEqual([]);
    expect(events("{Freedom Front/organization} called the strike, the first in years, a warning to {Norland}.").filter((e) => e[0] === "PROTEST")).toEqual([]);
  });
});
