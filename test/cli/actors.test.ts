import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run as actorsCommand } from "../../loaders/commands/actors.js";
import { run } from "../actors/helpers.js";
import { scratchDir } from "../scratch.js";

describe("dossier actors --suggest", () => {
  it("lists a near-miss pair with its evidence, and a usage line without arguments", async () => {
    const dir = scratchDir("actors-suggest-");
    writeFileSync(join(dir, "a.txt"), "Coach Jan Kowalski praised Maria Gonzalez, and Mario Gonzalez thanked him.\n");
    const out: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((s: string) => void out.push(s));
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await actorsCommand(["--suggest", dir, "--registry", join(dir, "none.csv")])).toBe(0);
      expect(await actorsCommand([])).toBe(2);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    expect(out.join("\n")).toMatch(/0\.9\d {2}"Maria Gonzalez" ~ "Mario Gonzalez"/);
    expect(out.join("\n")).toMatch(/a: "Mario Gonzalez" \(person\)/);
  });

  it("does not take a sentence dense with names for a headline", () => {
    const r = run("Coach Jan Kowalski praised Piotr Nowak and Marek Zielinski.");
    expect(r.actors.map((a) => a.name).sort()).toEqual(["Jan Kowalski", "Marek Zielinski", "Piotr Nowak"]);
  });
});
