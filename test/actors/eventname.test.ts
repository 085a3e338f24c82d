import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("an event's name", () => {
  it("is no actor: games, an open, a fashion week, a festival", () => {
    const r = run("Ana Lima will compete at the Velmont Games in July after winning the Estovia Open. Models walked at Norvex Fashion Week, and ticket sales for the Varnholm Festival rose.");
    const texts = r.mentions.map((m) => m.text);
    for (const event of ["Velmont Games", "Estovia Open", "Norvex Fashion Week", "Varnholm Festival"]) expect(texts).not.toContain(event);
    expect(r.actorOf("Ana Lima")?.kind).toBe("person");
  });

  it("drops a golf tournament named a classic", () => {
    const r = run("Leading second round scores in the Brennick Classic on Friday: Ivo Hasku 67 67.");
    expect(r.actors.map((a) => a.name)).not.toContain("Brennick Classic");
  });

  it("leaves bodies whose names end on words events share", () => {
    const r = run("The Varnholm Economic Forum said growth would slow.");
    expect(r.actorOf("Varnholm Economic Forum")?.kind).toBe("organization");
  });
});

describe("the tagger's name stopping short of an event's head", () => {
  it("is part of that event's name, no actor", () => {
    const r = run('The 40th Torvik International Film Festival opened on Thursday with "Deep Seams", a drama about a mining town directed by Jonas van der Berg.');
    expect(r.actors.map((a) => a.name)).not.toContain("Torvik International");
    expect(r.actors.map((a) => a.name)).not.toContain("Festival");
  });

  it("and a title in quotation marks before the kind of work it is names no actor", () => {
    const r = run('The festival opened on Thursday with "Deep Seams", a drama about a mining town directed by Jonas van der Berg.');
    expect(r.actors.map((a) => a.name)).not.toContain("Deep Seams");
  });
});
