import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a portfolio before an office belongs to the title", () => {
  it.each([
    ["Home Affairs Minister Tavi Orun said the border would stay shut.", "Tavi Orun", "Home Affairs Minister"],
    ["Police said Internal Security Minister Tavi Orun had resigned.", "Tavi Orun", "Internal Security Minister"],
    ["First Minister Cerys Alwen opened the new bridge at Pentre.", "Cerys Alwen", "First Minister"],
    ["Deputy First Minister Cerys Alwen opened the new bridge at Pentre.", "Cerys Alwen", "Deputy First Minister"],
    ["Minister of Defence Rosa Hesketh said on Monday that taxes would rise.", "Rosa Hesketh", "Minister of Defence"],
    ["Minister for Foreign Affairs Rosa Hesketh said on Monday that taxes would rise.", "Rosa Hesketh", "Minister for Foreign Affairs"],
    ["She will meet Minister of Finance Bill Hesketh on Monday.", "Bill Hesketh", "Minister of Finance"],
  ])("%s", (text, name, role) => {
    const r = run(text);
    expect(r.byName(name)?.kind).toBe("person");
    expect(r.byName(name)?.role).toBe(role);
    expect(r.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual([]);
  });
});

describe("a city's former name", () => {
  it("is the city when it names the place", () => {
    const r = run("Talks were held in Bombay on Monday between the two delegations.");
    expect(r.actorOf("Bombay")?.name).toBe("Mumbai");
  });
  it("stays in an institution's name", () => {
    const r = run("Shares in Orvane rose on the Bombay Stock Exchange on Monday.");
    expect(r.actorOf("Bombay Stock Exchange")?.name).toMatch(/Bombay Stock Exchange/);
  });
});

describe("a river opened by 'the'", () => {
  it("is a place, not an organisation", () => {
    const r = run("Floods rose along the River Tamsel after a week of rain, officials said.");
    const river = r.actorOf("River Tamsel");
    expect(river?.kind).not.toBe("organization");
    expect(river?.kind).not.toBe("person");
  });
});

describe("the agency in a dateline's brackets", () => {
  it.each(["PNX", "PA"])("is an organisation: %s", (agency) => {
    const r = run(`BRANMOUTH, Wales (${agency}) — Two men were arrested after a fire at a warehouse, police said.`);
    expect(r.actorOf(agency)?.kind).toBe("organization");
  });
  it("leaves brackets elsewhere in the line alone", () => {
    const r = run("Two men from Branmouth (Wales) were arrested after a fire, police said.");
    expect(r.actorOf("Wales")?.kind).not.toBe("organization");
  });
});

describe("a weather system's name is no actor", () => {
  it.each([
    "Storm Idris brought down trees across the valley on Sunday.",
    "Hurricane Belinor made landfall near the port on Friday.",
    "Typhoon Kasumi forced thousands from their homes.",
  ])("%s", (text) => {
    const r = run(text);
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Idris|Belinor|Kasumi/);
  });

  it("nor is its noun alone, opening a headline", () => {
    const r = run("Typhoon slams northern Estovia, thousands evacuated\n\nVELMAR — Typhoon Kasumi forced more than 60,000 people from their homes on Tuesday, officials said.");
    expect(r.mentions.map((m) => m.text)).not.toContain("Typhoon");
  });
});
