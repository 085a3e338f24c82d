import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a capital after an indefinite article", () => {
  it("is the city it describes, not its country's government", () => {
    const r = run("Firm sued\n\nHarwell Dunmore, a London accounting firm, was sued on Friday by an Ottawa lawyer.");
    expect(r.actorOf("London")?.kind).toBe("place");
    expect(r.actorOf("Ottawa")?.kind).toBe("place");
  });

  it("still acts for its government where it is the subject", () => {
    const r = run("Sanctions row\n\nLondon said it would answer the new tariffs within a week.");
    expect(r.actorOf("London")?.kind).toBe("country");
  });
});
