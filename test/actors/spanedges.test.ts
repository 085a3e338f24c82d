import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name the tagger ran on past a closing bracket", () => {
  it("ends at the bracket", () => {
    const r = run("A fast-moving wildfire forced 10,000 residents to flee on Wednesday as winds gusted up to 80 mph, Velmar County Fire Chief Orvel Dane said.\n\nThe Estovian Department of Forestry and Fire Protection (Tarv Fire) said the blaze had burned 4,000 acres.");
    expect(r.mentions.some((m) => m.text.includes(")"))).toBe(false);
  });
});

describe("a fire chief", () => {
  it("is a title: the chief is a person and the county no part of the name", () => {
    const r = run("The blaze was contained, Harbor City Fire Chief Tomas Reed told reporters. Velmar Fire Chief Ana Lima said crews would stay overnight.");
    expect(r.actorOf("Tomas Reed")?.kind).toBe("person");
    expect(r.actorOf("Ana Lima")?.kind).toBe("person");
    expect(r.actors.some((a) => a.name.includes("Fire Chief"))).toBe(false);
  });
});

describe("an office with its portfolio before another title", () => {
  it("is no organisation: the people's adjective is the country, the titled name the person", () => {
    const r = run("Sports chief hails vote\n\nRIYADH — Saudi Sports Minister Prince Tarvan bin Ostal thanked member associations on Wednesday. The 2034 tournament will follow.");
    expect(r.actors.filter((a) => a.kind === "organization")).toEqual([]);
    expect(r.actorOf("Prince Tarvan bin Ostal")?.kind).toBe("person");
  });
});

describe("a continent the tagger read as a firm", () => {
  it("stays the continent", () => {
    const r = run("Quillo Group, which runs Africa's largest oil refinery in Velmar, welcomed the decision.");
    expect(r.actorOf("Africa")?.kind).toBe("place");
  });
});

describe("a watchdog named '… Watch'", () => {
  it("is an organisation", () => {
    expect(run("Earlier, Tarvo Election Watch said the count had been fair.").actorOf("Tarvo Election Watch")?.kind).toBe("organization");
  });
});
