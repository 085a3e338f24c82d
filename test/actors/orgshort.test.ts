import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const kindsOf = (r: ReturnType<typeof run>, text: string) =>
  r.mentions.filter((m) => m.text === text).map((m) => r.actors.find((a) => a.id === m.actor)?.kind);

describe("a company's short form after its full name", () => {
  const text =
    "Quorvath Medical Industries Inc. said on Friday it bought Delmont Pharmaceuticals Inc. of Tampa. " +
    "Quorvath stock fell 10 cents. Delmont Pharmaceuticals makes pills, and analysts expect Quorvath to gain.";

  it("is the company wherever it stands, not the person the tagger read out of context", () => {
    const r = run(text);
    expect(kindsOf(r, "Delmont Pharmaceuticals")).toEqual(["organization"]);
    expect(kindsOf(r, "Quorvath")).toEqual(["organization", "organization"]);
  });

  it("is not a person's surname when the article names that person in full", () => {
    const r = run("Brannock Tool Co. said on Monday that Ellen Brannock, its founder, would retire. She said Brannock would stay on the board.");
    expect(kindsOf(r, "Brannock")).not.toContain("organization");
  });
});

describe("a business's name without its head, two words or more", () => {
  it("is that business where the article named it whole first", () => {
    const r = run("The regulator fined Harrow Vane Bank £42 million on Wednesday. It said Harrow Vane had opened accounts without checks. Harrow Vane, owned by a family trust, has 40 branches.");
    expect(r.mentions.filter((m) => m.text === "Harrow Vane").map((m) => r.actors.find((a) => a.id === m.actor)?.kind)).toEqual(["organization", "organization"]);
    expect(r.mentions.some((m) => m.text.includes("£"))).toBe(false);
  });
});
