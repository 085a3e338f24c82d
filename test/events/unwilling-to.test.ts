import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "unwilling / reluctant / not prepared to" a contact is a refusal, as "no desire to" is; to a
// hostile act, no act at all. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("unwillingness told by an adjective", () => {
  it("to a cooperative act is a refusal", () => {
    expect(run(marked("{S:Ivo Tamm/person} said he is unwilling to hold talks with {T:Estovia}."))).toEqual([["REJECT", "ivo-tamm", "estovia"]]);
    expect(run(marked("{S:Norland} remains reluctant to sign a pact with {T:Estovia}."))).toEqual([["REJECT", "norland", "estovia"]]);
    expect(run(marked("{S:Norland} is not prepared to meet {T:Estovia}."))).toEqual([["REJECT", "norland", "estovia"]]);
  });
  it("to a hostile act is none", () => {
    expect(run(marked("{Norland} is reluctant to attack {Estovia}."))).toEqual([]);
  });
  it("willingness stays a plan", () => {
    expect(run(marked("{S:Norland} is willing to meet {T:Estovia}."))).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
