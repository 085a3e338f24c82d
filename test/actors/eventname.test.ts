import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("an event's name", () => {
  it("is no actor: games, an open, a fashion week, a festival", () => {
    const r = run("Ana Lima will compete at the Velmont Games in July after winning the Estovia Open. Models walked at Norvex Fashion Week, and ticket sales for the Varnholm Festival rose.");
    const texts = r.mentions.map((m) => m.text);
    for (const event of ["Velmont Games", "Estovia Open", "Norvex Fashion Week", "Varnholm Festival"]) expect(texts).not.toContain(event);
    expect(r.actorOf("Ana Lima")?.kind).toBe("person");
  });

  it("leaves bodies whose names end on words events share", () => {
    const r = run("The Varnholm Economic Forum said growth would slow.");
    expect(r.actorOf("Varnholm Economic Forum")?.kind).toBe("organization");
  });
});
