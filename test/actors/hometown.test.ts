import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a person's home town after the age", () => {
  it("is a place after \"of\" or \"from\"", () => {
    expect(run("It was frightening, said passenger Ivo Brennick, 67, from Dunmere.").actorOf("Dunmere")?.kind).toBe("place");
    expect(run("Ana Hasku, 45, of Dunmere, was charged on Monday.").actorOf("Dunmere")?.kind).toBe("place");
  });

  it("is a place after a full name and \"of\", where the town's name reads as a surname", () => {
    expect(run("Ivo Brennick of Haskell was arrested Sunday at a motel.").actorOf("Haskell")?.kind).toBe("place");
  });

  it("leaves a body with its head", () => {
    expect(run("Ana Hasku, 45, of Brennick Corp said sales rose.").actorOf("Brennick Corp")?.kind).toBe("organization");
  });
});

describe("a field the tagger left out of an agency joined by \"and\"", () => {
  it("opens the agency's name", () => {
    const r = run("The Maritime and Coastguard Agency has opened an investigation into the fire.");
    expect(r.actors.map((a) => a.name)).toEqual(["Maritime and Coastguard Agency"]);
  });
});
