import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a campaign named by a plural of people and its cause", () => {
  it("is one organisation", () => {
    expect(run("The watchdog group Citizens for Orlesk Reform praised the bill on Monday.").actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Citizens for Orlesk Reform/organization"]);
    expect(run("Mothers Against Tarvo Driving said the law came too late.").actors.map((a) => a.name)).toEqual(["Mothers Against Tarvo Driving"]);
    expect(run("The campaign group Justice for Orlesk Babies said police should investigate.").actors.map((a) => a.name)).toEqual(["Justice for Orlesk Babies"]);
  });

  it("leaves a plural that names no people, and a cause with a lower-case word", () => {
    expect(run("Thanks for Tarvo Corp's help, the plan worked.").actors.map((a) => a.name)).toEqual(["Tarvo Corp"]);
  });
});
