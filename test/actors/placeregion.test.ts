import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a town followed by its state or country", () => {
  it("is in that country, whatever other country the gazetteer lists first", () => {
    const r = run("Plant closes\n\nShares fell in Santa Clara, California, on Tuesday after the plant closed.");
    expect(r.byName("Santa Clara")?.country).toBe("USA");
  });
});

describe("a list of places", () => {
  it("gives none of its members another's country", () => {
    const r = run("Tour\n\nThe band plays in Lisbon, Vienna, Prague and Warsaw this summer.");
    expect(r.byName("Lisbon")?.country).toBe("PRT");
  });
});

describe("a state that begins the next phrase", () => {
  it("is no region of the place before the comma", () => {
    const r = run("Storms\n\nThe storms hit ports in West Africa, U.K. officials said on Friday.");
    expect(r.byName("West Africa")?.country ?? null).not.toBe("GBR");
  });
});
