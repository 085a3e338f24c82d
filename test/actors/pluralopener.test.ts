import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a sentence opening on a plural of the bodies it lists", () => {
  it("keeps the plural out of the first name", () => {
    const r = run("Insurers Varnholm and Ostrava Re declined to comment on possible claims. Rivals Norvex and Halbrand reported stronger sales.");
    const texts = r.mentions.map((m) => m.text);
    expect(texts).toContain("Varnholm");
    expect(texts).toContain("Norvex");
    expect(texts.some((t) => t.startsWith("Insurers") || t.startsWith("Rivals"))).toBe(false);
  });

  it("leaves names that open on such a word: a family name, a plural before an ordinary word, a firm with its legal form", () => {
    const r = run("Walters Corp said sales rose. Travellers Aid Society said demand grew.");
    const texts = r.mentions.map((m) => m.text);
    expect(texts).toContain("Walters Corp");
    expect(texts.some((t) => t.startsWith("Travellers"))).toBe(true);
  });
});

describe("a sentence-opening trade before a person's full name", () => {
  it("is no part of the name, and the name is a person's", () => {
    const r = run("A car hit the hotel's front door on Sunday. Doorman Ivo Tarnek said he saw the car speed up.");
    expect(r.actorOf("Ivo Tarnek")?.kind).toBe("person");
    expect(r.actors.map((a) => a.name)).not.toContain("Doorman Ivo Tarnek");
  });

  it("leaves a given name the lexicon knows, and a rank's adjective", () => {
    expect(run("Walter Ivo Tarnek said he saw the car.").actors.map((a) => a.name)).toContain("Walter Ivo Tarnek");
  });
});
