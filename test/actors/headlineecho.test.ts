import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name the story names, found again in a title-case headline", () => {
  it("is a mention there too", () => {
    const r = run("Why Voters In Tessmark Are Turning To The Greens\n\nFor decades the farming town of Tessmark voted for the Agrarian League. Voters in Tessmark now say water matters more.");
    const head = r.mentions.filter((m) => m.start < 60).map((m) => m.text);
    expect(head).toEqual(["Tessmark"]);
  });

  it("leaves a headline in capitals, and words the lexicon knows as other words", () => {
    const caps = run("VOTERS IN TESSMARK TURN GREEN\n\nFor decades the town of Tessmark voted for the Agrarian League.");
    expect(caps.mentions.filter((m) => m.start < 30).map((m) => m.text)).not.toContain("Tessmark");
    const may = run("Prices May Rise Again In Spring\n\nAna May said prices would rise. May added that wages would not.");
    expect(may.mentions.filter((m) => m.start < 30)).toEqual([]);
  });
});
