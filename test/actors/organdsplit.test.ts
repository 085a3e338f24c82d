import { describe, expect, it } from "vitest";
import { doc, run } from "./helpers.js";
import { tokenize } from "../../loaders/actors/tokens.js";
import { splitFirmsAtAnd } from "../../loaders/actors/organdsplit.js";

describe("two firms joined by 'and'", () => {
  it("are two organisations, each ending on its head", () => {
    const r = run("Merger agreed\n\nDorvane Shipping and Orvel Pharmaceuticals merged.");
    expect(r.actorOf("Dorvane Shipping")?.kind).toBe("organization");
    expect(r.actorOf("Orvel Pharmaceuticals")?.kind).toBe("organization");
    expect(r.mentions.some((m) => m.text.includes(" and "))).toBe(false);
  });

  it("a name with an ordinary word after 'and' stays one", () => {
    const r = run("Bank sold\n\nThe Kessling Farmers Bank and Trust Company was sold on Monday.");
    expect(r.mentions.some((m) => m.text === "Trust Company")).toBe(false);
  });
});

describe("two names joined by 'and', the second opening on the first's own word", () => {
  it("are split in two, where neither ends on a firm's head", () => {
    const text = "The Varna Teachers Union and Varna Public Schools reached a deal.";
    const toks = tokenize(doc("a0", text));
    const a = toks.findIndex((t) => t.text === "Varna"), b = toks.findIndex((t) => t.text === "Schools") + 1;
    const pieces = splitFirmsAtAnd(toks, [{ start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG", a, b, titled: false }]);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(["Varna Teachers Union", "Varna Public Schools"]);
  });
});
