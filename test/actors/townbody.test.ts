import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a name before a town's lower-case body", () => {
  it("is the town", () => {
    const r = run("The Maple Ridge school board voted 5-2 on Tuesday to close Lincoln Elementary.");
    expect(r.actorOf("Maple Ridge")?.kind).toBe("place");
    expect(r.actorOf("Lincoln Elementary")?.kind).toBe("organization");
  });
  it("leaves a body's own name", () => {
    expect(run("The Harwick Transit Authority board met on Monday.").actorOf("Harwick Transit Authority")?.kind).toBe("organization");
  });
});
