import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const kindOf = (text: string, name: string) => run(`Fighting spreads\n\n${text}`).actorOf(name)?.kind ?? null;

describe("an unknown name after a verb that takes a place", () => {
  it("is that place", () => {
    expect(kindOf("Thousands of families fled Tamsavar on Sunday as the army advanced.", "Tamsavar")).toBe("place");
    expect(kindOf("The army entered Tamsavar on Sunday.", "Tamsavar")).toBe("place");
  });

  it("leaves a body and a people's name qualifying a noun alone", () => {
    expect(kindOf("The bill entered Parliament on Monday.", "Parliament")).not.toBe("place");
    expect(run("Fighting spreads\n\nTroops invaded Kessan territory.").mentions.some((m) => m.text === "Kessan")).toBe(false);
  });
});
