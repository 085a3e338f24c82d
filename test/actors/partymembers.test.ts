import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the party names are made up.
describe("members of a political current named in the plural", () => {
  it("are a group, not a person or a place", () => {
    const r = run("Ana Vell, the leader of the pro-business Free Democrats, resigned. The Free Democrats responded by pulling their ministers out of the government.");
    expect(r.byName("Free Democrats")?.kind).toBe("group");
  });

  it.each(["Young Socialists", "Harbour Conservatives"])("%s is no person or place", (name) => {
    const r = run(`The ${name} walked out of the chamber on Tuesday.`);
    expect(["person", "place"]).not.toContain(r.actorOf(name)?.kind);
  });
});

describe("a one-word name before a noun of a movement's members", () => {
  it("names the group", () => {
    const r = run("Talmiban spokesman Tomas Arvid said the deal held. The army said dozens of Talmiban fighters had been killed.");
    expect(r.actorOf("Talmiban")?.kind).toBe("group");
  });

  it("leaves out nationalities, faiths and acronyms", () => {
    const r = run("Catholic fighters met on Monday. Norwegian officials said ERA rebels and Asian militants were held. European commanders agreed.");
    expect(r.actors.filter((a) => a.kind === "group")).toEqual([]);
  });
});
