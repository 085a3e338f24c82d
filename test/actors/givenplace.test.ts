import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a given name that is also a city's, before a surname", () => {
  it("is a person, and the surname alone later is that person", () => {
    const r = run("Florence Tarvel, a teacher, said the school was closed. Tarvel added that she would return.");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Florence Tarvel/person"]);
    expect(r.mentions.map((m) => m.text)).toEqual(["Florence Tarvel", "Tarvel"]);
  });

  it("leaves a city the lexicon names as a city", () => {
    expect(run("Paris Tarvel airport was closed on Monday.").actors.map((a) => a.kind)).not.toContain("person");
  });
});
