import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// A cooperative act's counterpart is never the doer's own official, nor an official's own state:
// "Norland agreed to open its president's palaces" names where the act lands, not a side.
// Sentences written for these tests.

const run = (s: string) => {
  const m = marked(s);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
};

describe("a cooperative act on one's own official", () => {
  it("has no counterpart", () => {
    expect(run("Under the deal {Norland@NOR} agreed to give inspectors full access to eight of {Ivo Tamm/person@NOR}'s palaces.")).toEqual([["AGREE", "norland", null]]);
  });

  it("while another state's official is one", () => {
    expect(run("Under the deal {Norland@NOR} agreed to give inspectors full access to eight of {Ivo Tamm/person@EST}'s palaces.")).toEqual([["AGREE", "norland", "ivo-tamm"]]);
    expect(run("{Norland@NOR} welcomed {Ivo Tamm/person@EST}.")).toEqual([["SUPPORT", "norland", "ivo-tamm"]]);
  });
});
