import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
describe("a name before a government office's title is that office's place", () => {
  it("reads the city before 'Mayor' as a place, here and in its other mentions", () => {
    const text = "Boston Mayor Tomas Vell agreed with the plan on Tuesday. The mayor of Boston spoke later to reporters.";
    const r = run(text);
    expect(r.actorOf("Boston")?.kind).toBe("place");
    expect(r.mentions.filter((m) => text.slice(m.start, m.end) === "Boston")).toHaveLength(2);
    expect(r.actorOf("Tomas Vell")?.kind).toBe("person");
  });

  it("splits a county and its office from the person, and two titled people joined by 'and'", () => {
    const r = run("Kenwick County Mayor Ana Lima said the county would follow. Ohio Governor Jane Rolf and Texas Senator Bill Carrow also backed it.");
    expect(r.actorOf("Kenwick County")?.kind).toBe("place");
    expect(r.actorOf("Ana Lima")?.kind).toBe("person");
    expect(r.actorOf("Ohio")?.kind).toBe("place");
    expect(r.actorOf("Jane Rolf")?.kind).toBe("person");
    expect(r.actorOf("Texas")?.kind).toBe("place");
    expect(r.actorOf("Bill Carrow")?.kind).toBe("person");
  });

  it("leaves a company before a title it shares with places an organisation", () => {
    const r = run("Dorrin Systems President Dana Pruitt said sales rose in the third quarter.");
    expect(r.actorOf("Dorrin Systems")?.kind).toBe("organization");
    expect(r.actorOf("Dana Pruitt")?.kind).toBe("person");
  });
});

describe("titles of the bench and the press stand outside names", () => {
  it("splits a correspondent's outlet from the correspondent", () => {
    const r = run("Meanwhile, as Harbour Radio Correspondent Tomas Vell reports, voting began early. The opinion was joined by Chief Justice Ana Lima.");
    expect(r.actorOf("Tomas Vell")?.kind).toBe("person");
    expect(r.actorOf("Ana Lima")?.kind).toBe("person");
    expect(r.mentions.some((m) => m.text === "Chief" || m.text.includes("Correspondent"))).toBe(false);
  });

  it("reads a firm named '… Worldwide' as an organisation", () => {
    const r = run("The company cited losses in its Dorrin Worldwide shipping business.");
    expect(r.actorOf("Dorrin Worldwide")?.kind).toBe("organization");
  });
});
