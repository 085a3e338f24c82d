import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a capital that seats a union's institutions", () => {
  it("stands for the union when the article names one of them", () => {
    const r = run("The European Parliament voted on Tuesday to recover the funds. Brussels had demanded the money be repaid.");
    expect(r.actorOf("Brussels")?.name).toBe("European Union");
  });

  it("stands for its own state otherwise", () => {
    const r = run("Brussels said on Monday it would raise taxes on diesel, the finance ministry said.");
    expect(r.actorOf("Brussels")?.name).toBe("Belgium");
  });
});
