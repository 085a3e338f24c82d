import { describe, expect, it } from "vitest";
import { pluralTitleRole } from "../../loaders/actors/pluraltitle.js";
import { run } from "./helpers.js";

describe("a plural title before a list of names", () => {
  it("gives each name the office", () => {
    const r = run("Pact signed\n\nPresidents Aron Vellmark and Dara Quistova signed the pact in Tarsk.");
    expect(r.actorOf("Aron Vellmark")?.role).toBe("President");
    expect(r.actorOf("Dara Quistova")?.role).toBe("President");
    const s = run("Talks\n\nForeign ministers Ana Orisova, Piet Gaalman and Ivo Raskin met on Monday.");
    expect(["Ana Orisova", "Piet Gaalman", "Ivo Raskin"].map((n) => s.actorOf(n)?.role)).toEqual(["Foreign Minister", "Foreign Minister", "Foreign Minister"]);
  });

  it("reads across names, commas and 'and' only", () => {
    expect(pluralTitleRole("Senators Bob Dalewood and ")).toBe("Senator");
    expect(pluralTitleRole("Senators ")).toBe("Senator");
    expect(pluralTitleRole("The senators met Bob Dalewood and ")).toBeNull();
  });

  it("gives none for a former office or a verb spelled like a plural title", () => {
    expect(pluralTitleRole("Former presidents Bob Dalewood and ")).toBeNull();
    expect(pluralTitleRole("Ana Lima coaches ")).toBeNull();
    expect(pluralTitleRole("Ana Lima heads ")).toBeNull();
  });
});
