import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a water body named after a state", () => {
  it("is one place, and the state is not mentioned there", () => {
    const r = run("Iran seized a tanker in the Gulf of Oman on Thursday. Ships crossed the Sea of Japan.");
    expect(r.actorOf("Gulf of Oman")?.kind).toBe("place");
    expect(r.actorOf("Sea of Japan")?.kind).toBe("place");
    expect(r.actors.some((a) => a.name === "Oman" || a.name === "Japan")).toBe(false);
  });

  it("leaves the state where the article names it on its own", () => {
    const r = run("Oman said on Friday that it was worried about shipping.");
    expect(r.actorOf("Oman")?.kind).toBe("country");
  });
});

describe("a name glued by a hyphen to a participle", () => {
  it("is the name before the hyphen: a place the gazetteer knows is that place", () => {
    const r = run("Iran seized a Marshall Islands-flagged oil tanker on Thursday.");
    expect(r.actors.find((a) => a.name.includes("flagged"))).toBeUndefined();
    expect(r.byName("Marshall Islands")?.kind).toBe("country");
  });
});
