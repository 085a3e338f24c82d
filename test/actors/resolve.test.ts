import { describe, expect, it } from "vitest";
import { jaroWinkler, personSimilarity, skeleton } from "../../loaders/actors/normalize.js";
import { run } from "./helpers.js";

// Articles written for these tests; no registry, so everything here is the resolver's own doing.
describe("normalisation", () => {
  it("folds transliteration variants to one skeleton", () => {
    for (const [a, b] of <[string, string][]>[["Ozaya", "Ozaja"], ["Dobiha", "Dobih"], ["Moravsky", "Moravskyy"], ["Petrii", "Petrih"], ["Lugansk", "Luhansk"], ["Kostiantyn", "Kostyantyn"], ["Mykhailo", "Mykhaylo"]])
      expect(skeleton(a), `${a} ~ ${b}`).toBe(skeleton(b));
    expect(skeleton("Ivanov")).not.toBe(skeleton("Ivanova"));
  });
  it("scores person names: surname and first name must both agree", () => {
    expect(personSimilarity("Oleksandr Syrskyi", "Oleksandr Syrsky")).toBe(1);
    expect(personSimilarity("Maria Gonzalez", "Mario Gonzalez")).toBeLessThan(0.93);
    expect(personSimilarity("John Smith", "Jane Smith")).toBeLessThan(0.8);
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
  });
});

describe("alias resolution", () => {
  it("merges transliterations across articles and links a bare surname", () => {
    const r = run([
      "Defence Minister Rustem Umerov met his counterpart in Ankara. Umerov said the talks went well.",
      "Ukrainian Defence Minister Rustem Umierov arrived on Friday. Mr Umierov spoke briefly.",
    ]);
    const a = r.actorOf("Rustem Umerov")!;
    expect(r.actorOf("Rustem Umierov", "a1")?.id).toBe(a.id);
    expect(r.actorOf("Umerov")?.id).toBe(a.id);
    expect(r.actorOf("Umierov")?.id).toBe(a.id);
    expect(a.aliases.sort()).toEqual(["Rustem Umierov", "Umerov", "Umierov"].filter((x) => x !== a.name).concat(a.name === "Rustem Umerov" ? [] : ["Rustem Umerov"]).sort());
    expect(a.articles).toBe(2);
  });

  it("links Mr + surname to the full name in the same article", () => {
    const r = run("Finance Minister Christian Lindner presented the budget. Mr Lindner said cuts were needed.");
    expect(r.actorOf("Lindner")?.name).toBe("Christian Lindner");
    expect(r.actors.filter((a) => a.kind === "person")).toHaveLength(1);
  });

  it("links a bare surname to the full name in its own article before one another article linked it to", () => {
    const r = run([
      "Coach Neil Varga resigned on Monday after the defeat. Varga said the team had played badly.",
      "Police said James Lee Varga was arrested at the airport on Friday. Varga had planned to fly to Lisbon.",
    ]);
    expect(r.actorOf("Varga", "a1")?.name).toBe("James Lee Varga");
    expect(r.actorOf("Varga", "a0")?.name).toBe("Neil Varga");
  });

  it("keeps two people with one surname apart when both are named in full", () => {
    const r = run("Ed Miliband and David Miliband were both present.");
    expect(r.actors.filter((a) => a.kind === "person")).toHaveLength(2);
  });

  it("reads a capital as its government when it acts, and as a place after a locative", () => {
    const r = run("Beijing warned Manila on Tuesday. The envoy later flew to Beijing and stayed in Manila.");
    const ms = r.mentions.filter((m) => m.text === "Beijing" || m.text === "Manila").map((m) => m.actor);
    expect(ms).toEqual(["china", "philippines", "beijing", "manila"]);
    expect(r.byName("China")?.aliases).toContain("Beijing");
  });

  it("reads the Kremlin and the White House as their governments", () => {
    const r = run("The Kremlin rejected the plan, and the White House said it would respond.");
    expect(r.actorOf("Kremlin")?.name).toBe("Russia");
    expect(r.actorOf("White House")?.name).toBe("United States");
  });

  it("folds abbreviations and other names of a country", () => {
    const r = run("The U.S. and the UK talked to the United States Congress, to the DPRK and to North Korea, and to the Republic of Korea.");
    expect(r.actorOf("U.S.")?.name).toBe("United States");
    expect(r.actorOf("UK")?.name).toBe("United Kingdom");
    expect(r.actorOf("DPRK")?.id).toBe(r.actorOf("North Korea")?.id);
    expect(r.actorOf("Republic of Korea")?.name).toBe("South Korea");
  });

  it("resolves an acronym to the name it abbreviates in the same article", () => {
    const r = run("The Revolutionary Armed Forces Council met. A spokesman for the RAFC said nothing.");
    expect(r.actorOf("RAFC")?.name).toBe("Revolutionary Armed Forces Council");
  });

  it("gives one ministry one actor however it is written", () => {
    const r = run([
      "The Turkish Foreign Ministry summoned the envoy.",
      "The Ministry of Foreign Affairs of Turkey issued a statement, and Turkey’s Ministry of Foreign Affairs repeated it.",
    ]);
    const ids = new Set(["Turkish Foreign Ministry", "Ministry of Foreign Affairs of Turkey", "Ministry of Foreign Affairs"].map((t) => r.actorOf(t)?.id));
    expect(ids.size).toBe(1);
  });

  it("never lists demonyms, 'Mr' or a leading 'the' as aliases", () => {
    const r = run("The Netherlands and Dutch officials agreed. Mr Schoof thanked the Dutch Parliament. Prime Minister Dick Schoof left.");
    const all = r.actors.flatMap((a) => a.aliases);
    expect(all).not.toContain("Dutch");
    expect(all.some((x) => /^(Mr|the)\b/i.test(x))).toBe(false);
    expect(r.actorOf("Schoof")?.name).toBe("Dick Schoof");
  });
});
