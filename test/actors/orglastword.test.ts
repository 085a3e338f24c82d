import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the clubs, unions and people are made up.
describe("an organisation named after its full name by its last word", () => {
  it("is that organisation", () => {
    const r = run("The league charged Brookfield Rovers with breaches of its rules. Rovers denied wrongdoing.");
    expect(r.actorOf("Rovers")).toMatchObject({ name: "Brookfield Rovers", kind: "organization" });
  });

  it("also when the word is a common noun", () => {
    const r = run("The Harbour Workers' Association said its members voted. The Association said pay was too low.");
    expect(r.actorOf("Association")?.name).toBe("Harbour Workers' Association");
  });

  it("not when a person of the article bears the word as a name", () => {
    const r = run("Lindqvist Marlow hired Edith Marlow as its adviser. Marlow said the deal was fair.");
    expect(r.actorOf("Marlow")?.kind).toBe("person");
  });

  it("not when the word is a place the gazetteer knows", () => {
    const r = run("Sporting Lisbon beat the visitors. Fans in Lisbon celebrated.");
    expect(r.actorOf("Lisbon")?.kind).not.toBe("organization");
  });
});
