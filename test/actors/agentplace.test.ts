import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name after a business's participle and 'by'", () => {
  it("is the business, where the tagger read a place", () => {
    const r = run("The Velmar refinery, operated by Tarnoveft, had been hit overnight, the governor said.");
    expect(r.actorOf("Tarnoveft")?.kind).toBe("organization");
  });

  it("leaves a person who runs it", () => {
    const r = run("Quillo is controlled by Daniel R. Voss and Paul T. Ardane, both of Velmar.");
    expect(r.actorOf("Daniel R. Voss")?.kind).toBe("person");
  });
});

describe("a known town before an industrial site", () => {
  it("is the town, whatever the tagger read", () => {
    const r = run("The Saratov refinery, run by a state firm, was hit by drones.");
    expect(r.actorOf("Saratov")?.kind).toBe("place");
  });
});

describe("a headline opening on a common noun the tagger read as a person", () => {
  it("holds no person where no one in the article bears the word as a family name", () => {
    const r = run("Court blocks deportation flights\n\nVELMAR — A federal judge on Tuesday blocked the flights. The Supreme Court will hear the case.");
    expect(r.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});
