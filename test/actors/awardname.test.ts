import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("an award of several words before a singular award noun", () => {
  it("is no actor", () => {
    const r = run("Ivo Hasku won the Golden Selka award for best actor three times.");
    expect(r.actors.map((a) => a.name)).toEqual(["Ivo Hasku"]);
  });
});
