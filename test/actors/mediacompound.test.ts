import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a sentence's opening word before a media noun", () => {
  it("is a compound's, no outlet", () => {
    const r = run("Space agency delays lunar lander\n\nThe Korin Space Agency has postponed the launch of its lander to 2028.");
    expect(r.actors.map((a) => a.name)).toEqual(["Korin Space Agency"]);
  });
});
