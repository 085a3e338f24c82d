import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// What is doubted or rumoured has not happened; a report denied is a denial of its act; news that
// "sent prices higher" sent nothing to anyone. Sentences written for these tests.

const run = (s: string) => {
  const m = marked(s);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.negated]);
};

describe("a doubted or rumoured act", () => {
  it("is no event", () => {
    expect(run("Analysts doubt that {Norland} will attack {Estovia} this year.")).toEqual([]);
    expect(run("Rumours that {Norland} would invade {Estovia} grew louder in the capital.")).toEqual([]);
  });

  it("while an act announced is one", () => {
    expect(run("{Norland} said it would attack {Estovia}.").map((r) => r[0])).toEqual(["ASSAULT"]);
  });
});

describe("a report denied", () => {
  it("is a denial of its act", () => {
    expect(run("{Norland} denied reports that it had sent troops to {Estovia}.")).toEqual([["AID", "norland", "estovia", true]]);
  });
});

describe("news that moves a market", () => {
  it("sends nothing", () => {
    expect(run("{Norland} sent oil prices higher with its decision to cut output.")).toEqual([]);
  });

  it("while troops sent are aid", () => {
    expect(run("{Norland} sent troops to {Estovia}.")).toEqual([["AID", "norland", "estovia", false]]);
  });
});
