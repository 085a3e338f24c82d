import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a two-word name whose first word the article names a firm by", () => {
  it("is that firm, not a person", () => {
    const r = run("Quillo agreed on Monday to buy Tarvex for up to $10 billion, outbidding Norvex Halden after a weeks-long bidding war. Norvex, the Estovian maker of heart drugs, said it would not raise its offer.");
    expect(r.actorOf("Norvex Halden")?.kind).toBe("organization");
    expect(r.actorOf("Norvex")?.name).toBe("Norvex Halden");
  });

  it("leaves a person the text titles", () => {
    const r = run("Chairman Tarvo Lind said on Monday he would not sell. Tarvo, the Estovian maker of heart drugs, had turned down two offers.");
    expect(r.actorOf("Tarvo Lind")?.kind).toBe("person");
  });
});
