import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the people are made up.
describe("a name a person is known as", () => {
  it("is that person's alias, there and later in the article", () => {
    const r = run("Gang leader Tomas Ferrand, known as Anvil, threatened the police. Anvil said he would not surrender.");
    expect(r.actorOf("Anvil")?.name).toBe("Tomas Ferrand");
    expect(r.actors.filter((a) => a.name === "Anvil")).toEqual([]);
  });

  it("also when nicknamed in brackets", () => {
    const r = run("The striker Ilse Marrow (nicknamed Hammer) scored twice.");
    expect(r.actorOf("Hammer")?.name).toBe("Ilse Marrow");
  });

  it("not a country the person is known in", () => {
    const r = run("Tomas Ferrand, known in Norway for his songs, died on Friday.");
    expect(r.actorOf("Norway")?.kind).toBe("country");
  });
});

describe("a name a body is known as", () => {
  it("is that body's alias, there and later in the article", () => {
    const r = run("The fire had burned 9,400 acres, the Tarvia Department of Forestry and Fire Protection, known as Tarv Fire, said. Tarv Fire crews worked overnight.");
    const body = r.byName("Tarvia Department of Forestry and Fire Protection");
    expect(body?.kind).toBe("organization");
    expect(r.mentions.filter((m) => m.text === "Tarv Fire").every((m) => m.actor === body?.id)).toBe(true);
  });
});
