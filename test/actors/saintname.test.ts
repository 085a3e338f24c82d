import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a building or school named for a saint", () => {
  it("is one name through the saint's possessive", () => {
    const r = run("Boy recovers\n\nDoctors at St Brennock's Hospital said the boy was stable. His sister studies at St. Orthan's College in Orvelle.");
    expect(r.actorOf("St Brennock's Hospital")?.kind).toBe("place");
    expect(r.actorOf("St. Orthan's College")?.kind).toBe("organization");
    expect(r.mentions.some((m) => m.text === "Hospital" || m.text === "St Brennock")).toBe(false);
  });
});
