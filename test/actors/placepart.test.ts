import { describe, expect, it } from "vitest";
import { innerStop } from "../../loaders/actors/spanstops.js";
import { tokenize } from "../../loaders/actors/tokens.js";
import { doc, run } from "./helpers.js";

describe("a part of a capital", () => {
  it("is the place, not its government acting", () => {
    const r = run("Troops were stationed outside the court in central Thimphu on Monday.");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Thimphu/place"]);
  });
});

describe("a name running on past its own \"in\"", () => {
  it("ends before an \"in\" or \"at\" with a lower-case word after it", () => {
    const text = "The Tarvo Museum in south Thimphu returned a bronze head.";
    const toks = tokenize(doc("x", text));
    const a = toks.findIndex((t) => t.text === "Tarvo"), b = toks.findIndex((t) => t.text === "Thimphu") + 1;
    expect(toks[innerStop(toks, a, b) - 1]!.text).toBe("Museum");
  });

  it("keeps a place right after the name's \"in\"", () => {
    const toks = tokenize(doc("x", "The Orlesk Embassy in Thimphu said."));
    const a = toks.findIndex((t) => t.text === "Orlesk"), b = toks.findIndex((t) => t.text === "Thimphu") + 1;
    expect(innerStop(toks, a, b)).toBe(b);
  });
});
