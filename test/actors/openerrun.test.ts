import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a sentence-case headline's first word", () => {
  it("is no organisation for running into the lower-case words after it", () => {
    const r = run("Bank merger approved\n\nRegulators approved the merger of Halvard Bank and Selwyn Trust on Wednesday.");
    expect(r.mentions.map((m) => m.text)).not.toContain("Bank");
    expect(r.actorOf("Halvard Bank")?.kind).toBe("organization");
  });

  it("stays a name where the article writes it alone elsewhere", () => {
    const r = run("Kestrova sales rise\n\nSales at the retailer rose. Analysts said Kestrova had gained market share.");
    expect(r.mentions.map((m) => m.text)).toContain("Kestrova");
  });
});

describe("a one-word headline or sentence opener before lower-case words", () => {
  it("is no name when the article writes the word in lower case", () => {
    const r = run("Festival cancels final day after storm damages stages\n\nLONDON — Organisers of the Varnholm Festival cancelled its final day on Sunday after high winds brought down two stages, police said. Ilse Varga, who runs the festival with her father, said the event would return next June.");
    expect(r.mentions.map((m) => m.text)).not.toContain("Festival");
  });

  it("stays a body's short name where the article never writes it in lower case", () => {
    const r = run("The Estovian Harbour Authority said the channel was shut. Authority chairman Orvel Dane told reporters it would reopen.");
    expect(r.mentions.filter((m) => m.text === "Authority").length).toBe(1);
  });
});
