import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name ending on a line of business", () => {
  it("is a firm, though it opens with what reads as a person's name", () => {
    const r = run("Deal signed\n\nOrbis Telecom and the state carrier Norlink signed a deal in Oslo on Friday.");
    expect(r.actorOf("Orbis Telecom")?.kind).toBe("organization");
  });
});
