import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a body's name goes on with its subject", () => {
  it.each([
    ["Velmora's Ministry of Economy, Trade and Industry asked carmakers to keep investing.", /Ministry of Economy, Trade and Industry$/],
    ["The Velmora National Commission on Human Rights said eight people were killed.", /^Velmora National Commission on Human Rights$/],
  ])("%s", (text, name) => {
    const r = run(text);
    const orgs = r.actors.filter((a) => a.kind === "organization").map((a) => a.name);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatch(name);
  });
  it("leaves a list of other names after a body alone", () => {
    const r = run("The Ministry of Defence, Tessaly and Norvia signed the accord.");
    expect(r.actors.map((a) => a.name)).toContain("Ministry of Defence");
  });
});

describe("a person's noun before a name", () => {
  it.each([
    ["Hamas official Basem Tarik said the crossing was shut.", "Basem Tarik"],
    ["Rebel commander Tavo Rennick said the town had fallen.", "Tavo Rennick"],
  ])("%s", (text, name) => expect(run(text).byName(name)?.kind).toBe("person"));
  it("does not make a bank a person", () => {
    expect(run("The issue was announced by lead manager Harrow Brothers International.").actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("a plural's possessive inside a body's name", () => {
  it.each([
    ["District Judge Ana Lima at Harwick Magistrates' Court said the extradition was lawful.", "Harwick Magistrates' Court"],
    ["Leaders of the Dairy Farmers' Union met on Monday.", "Dairy Farmers' Union"],
  ])("%s", (text, name) => expect(run(text).actors.map((a) => a.name)).toContain(name));
});

describe("a name read as miscellaneous right after a kin noun", () => {
  it("is a person's, its hyphenated part in lower case kept", () => {
    const r = run("The minister's successor Lim Su-hee paid tribute on Sunday.");
    expect(r.actorOf("Lim Su-hee")?.kind).toBe("person");
  });
});
