import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a geographical noun opening a name", () => {
  it("makes it a place, at a sentence's start too", () => {
    const r = run("Volcano erupts\n\nMount Kessavar erupted on Sunday. Villages near Lake Orvonne were flooded.");
    expect(r.actorOf("Mount Kessavar")?.kind).toBe("place");
    expect(r.actorOf("Lake Orvonne")?.kind).toBe("place");
    expect(r.mentions.some((m) => m.text === "Kessavar")).toBe(false);
  });
});
