import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("an office named with what it is over", () => {
  it("is no body, and its holder keeps it as a role", () => {
    expect(run("The Minister of Information said the law would change.").actors).toEqual([]);
    const r = run("Orlesk's Minister of Information, Ivo Hasku, called on other museums to follow.");
    expect(r.actors.map((a) => a.name)).not.toContain("Minister of Information");
    expect(r.actorOf("Ivo Hasku")?.role).toBe("Minister of Information");
  });

  it("leaves a body headed the same way", () => {
    expect(run("The Bank of Orlesk said rates would hold.").actorOf("Bank of Orlesk")?.kind).toBe("organization");
  });
});
