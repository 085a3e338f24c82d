import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a body whose name opens a sentence on a describing word", () => {
  it("keeps that word where the tagger reads it into the body", () => {
    const r = run("The licence went to a start-up. Green Coast Alliance, a coalition of fishing groups, said it would challenge the decision in court.");
    expect(r.actorOf("Green Coast Alliance")?.kind).toBe("organization");
    expect(r.actors.map((a) => a.name)).not.toContain("Coast Alliance");
  });
});
