import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a ship's name after its prefix", () => {
  it("is no actor; its operator is", () => {
    expect(run("An engine fire broke out on the MV Northern Tarvel, operator Orlesk Link Ferries said.").actors.map((a) => a.name)).toEqual(["Orlesk Link Ferries"]);
    expect(run("The destroyer USS Brennick docked in Tessmark on Monday.").actors.map((a) => a.name)).toEqual(["Tessmark"]);
  });

  it("leaves a body whose name opens on the same letters", () => {
    expect(run("RMS Tarvel Inc said sales rose. RMS said it would hire.").actors.map((a) => a.name)).toContain("RMS Tarvel Inc");
  });
});
