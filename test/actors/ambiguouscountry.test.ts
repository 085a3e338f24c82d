import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests.
describe("a country's name that names two states", () => {
  it("is the one the article's other places lie in", () => {
    const r = run("GOMA, Congo - Rebels seized a town in eastern Congo on Wednesday and said they would march on Kinshasa.");
    expect(r.actorOf("Congo")?.country).toBe("COD");
  });
  it("keeps the gazetteer's reading with no other place", () => {
    const r = run("Rebels seized a town in Congo on Wednesday.");
    expect(r.actorOf("Congo")?.country).toBe("COG");
  });
});

describe("a state's name that is also a US state's", () => {
  it("is the US state beside the article's other US states", () => {
    const r = run("The storm hit Florida on Thursday. In Georgia, the governor declared a state of emergency, and North Carolina warned of flooding.");
    expect(r.actorOf("Georgia")?.kind).toBe("place");
    expect(r.actorOf("Georgia")?.country).toBe("USA");
  });
  it("stays the country beside its capital, or with no other place", () => {
    expect(run("TBILISI - Protesters marched in Georgia's capital on Sunday.").actorOf("Georgia")?.kind).toBe("country");
    expect(run("US Harbour (Luxembourg) 0 Dynamo Batumi (Georgia) 3").actorOf("Georgia")?.kind).toBe("country");
  });
});
