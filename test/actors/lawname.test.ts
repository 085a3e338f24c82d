import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a law's noun read alone after its acronym", () => {
  it("is part of the law's title, no actor", () => {
    const r = run(
      "Chipmaker to build $10 billion plant in Tessaly\n\nKORVALA — Taiyo Norvel said on Monday it would build a $10 billion chip plant near Korvala, the latest foreign company to expand in the United States under the CHIPS Act.\n\nThe plant will employ 2,000 people when it opens in 2029, Taiyo president Hiro Kanda said at a news conference with Tessaly Governor Dara Vell.\n\nTaiyo, based in Varnholm, makes chips for carmakers including Tarsk and Velmo. The Commerce Department said it would provide $1.5 billion in grants.",
    );
    expect(r.actors.map((a) => a.name)).not.toContain("Act");
  });
});
