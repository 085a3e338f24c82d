import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "The party", "the alliance" opening a sentence: the last organisation or group named before
// with that noun in its name or role. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a body's description", () => {
  it("names the last body named with that head noun", () => {
    expect(run(marked("The {Norland Farmers Party/organization} met on Monday. The party condemned {Estovia}."))).toEqual([["ACCUSE", "norland-farmers-party", "estovia"]]);
    expect(run(marked("The {Harbour Alliance/organization} met on Monday. But the alliance also criticised {Estovia}."))).toEqual([["ACCUSE", "harbour-alliance", "estovia"]]);
  });

  it("not 'the group', a noun it modifies, or a body of another head", () => {
    expect(run(marked("The {Harbour Group/organization} met on Monday. The group condemned {Estovia}."))).toEqual([]);
    expect(run(marked("The {Norland Farmers Party/organization} met on Monday. The party leader condemned {Estovia}."))).toEqual([]);
    expect(run(marked("The {Harbour Alliance/organization} met on Monday. The party condemned {Estovia}."))).toEqual([]);
  });
});
