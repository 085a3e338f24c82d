import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a club named for its town, then by the town alone", () => {
  it("is one organisation", () => {
    const r = run("Match report\n\nReal Ostrava beat Tamsa United 2-1 on Saturday. Ostrava scored twice in the first half.");
    expect(r.actorOf("Ostrava")?.name).toBe("Real Ostrava");
  });

  it("not another place named for the town, nor the town's public body", () => {
    const r = run("League table\n\nSouth Dublin beat Cork City on Saturday. Dublin lost to Galway United.");
    expect(r.actorOf("Dublin")?.name).not.toBe("South Dublin");
  });
});

describe("a known place of several words the tagger reads as a person", () => {
  it("stays a place", () => {
    const r = run("Abu Dhabi's state oil company agreed on Monday to buy a stake in a Tarvian chemicals group.");
    expect(r.actorOf("Abu Dhabi")?.kind).not.toBe("person");
  });
});

describe("a known town before an office or a plant", () => {
  it("is where it stands, though the tagger reads it as a firm", () => {
    const r = run("Mara Velde, head of the FBI's Denver office, said the suspect fled.");
    expect(r.actorOf("Denver")?.kind).toBe("place");
  });
});
