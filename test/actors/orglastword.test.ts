import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests; the clubs, unions and people are made up.
describe("an organisation named after its full name by its last word", () => {
  it("is that organisation", () => {
    const r = run("The league charged Brookfield United with breaches of its rules. United denied wrongdoing.");
    expect(r.actorOf("United")).toMatchObject({ name: "Brookfield United", kind: "organization" });
  });

  it("also when the word is a common noun", () => {
    const r = run("The Harbour Workers' Association said its members voted. The Association said pay was too low.");
    expect(r.actorOf("Association")?.name).toBe("Harbour Workers' Association");
  });

  it("also when a body's head word opens a sentence before an officer", () => {
    const r = run("Talks between the Orlesk Dockers' Federation and the operator broke down. Federation chairman Ivo Tarl said members would not return.");
    expect(r.actorOf("Federation")?.name).toBe("Orlesk Dockers' Federation");
  });

  it("also a word read as a person, after a club's name", () => {
    const r = run("Dynamo Orlesk beat Real Tessmark 3-1 on Thursday. Tessmark's Jules Orrin pulled one back.");
    expect(r.actorOf("Tessmark")?.name).toBe("Real Tessmark");
  });

  it("not when a person of the article bears the word as a name", () => {
    const r = run("Lindqvist Marlow hired Edith Marlow as its adviser. Marlow said the deal was fair.");
    expect(r.actorOf("Marlow")?.kind).toBe("person");
  });

  it("not when the word is read as a place, or as a name that is no English word", () => {
    const t = run("Fans of Hapoel Dravna cheered. DRAVNA, Israel 1996-08-30 -- Police in Dravna said the match ended late.");
    expect(t.actorOf("Dravna")?.kind).not.toBe("organization");
    const p = run("The firm Orlen Vasko sued the clinic. Vasko, a doctor, said the claim was false. Vasko testified on Monday.");
    expect(p.actorOf("Vasko")?.name).not.toBe("Orlen Vasko");
  });

  it("not when the word is a place the gazetteer knows", () => {
    const r = run("Sporting Lisbon beat the visitors. Fans in Lisbon celebrated.");
    expect(r.actorOf("Lisbon")?.kind).not.toBe("organization");
  });
});

describe("a headline in capitals", () => {
  it("names the same organisation as the body's last word", () => {
    const r = run(["SOCCER - UNITED GO TOP.\n\nBrookfield United went top of the table on Saturday. United won 2-0 at home."]);
    expect(r.actorOf("UNITED")?.name).toBe("Brookfield United");
    expect(r.actorOf("United")?.name).toBe("Brookfield United");
  });
});
