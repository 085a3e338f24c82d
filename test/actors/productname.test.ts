import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a maker's name with a model's after it", () => {
  it("names a product, no actor, where the article names the maker as a firm", () => {
    const r = run("Workers at the Velmar plant of Norvo Motors will strike from Thursday. Norvo said the offer was fair. The plant, which makes the Norvo Vento and Norvo Lumo models, employs 6,500 people.");
    const names = r.actors.map((a) => a.name);
    expect(names).not.toContain("Norvo Vento");
    expect(names).not.toContain("Norvo Lumo");
    expect(r.actorOf("Norvo")?.kind).toBe("organization");
  });

  it("leaves a firm before the kind of thing it makes", () => {
    const r = run("Sky Tarrow said it would buy 20 jets. Sky Tarrow jets fly to 60 cities.");
    expect(r.actors.map((a) => a.name)).toContain("Sky Tarrow");
  });
});

describe("a name right after a product's kind, and a firm in apposition as another's unit", () => {
  it("names the product, no actor; the unit is an organisation", () => {
    const drug = run("Drugmaker Vexo Pharma is recalling 2 million bottles of its blood pressure drug Cardilex, the regulator said.");
    expect(drug.actors.map((a) => a.name)).not.toContain("Cardilex");
    const unit = run("Residents blocked the highway. Andel Tarco, a unit of the foreign group Northgale Holdings, said it had cut its water use.");
    expect(unit.actorOf("Andel Tarco")?.kind).toBe("organization");
  });
});

describe("a maker's and a model's name in apposition to the product's kind", () => {
  it("names the product, no actor", () => {
    const r = run("Velmora unveiled its first folding phone, the Velmora Fold, on Wednesday. Velmora shares rose 1.5 percent.");
    expect(r.actors.map((a) => a.name)).toEqual(["Velmora"]);
  });
});

describe("a firm's short name beside its product's", () => {
  it("is the firm, not the product the article names in full before it", () => {
    const r = run("Velmora, a startup whose app tutors children, raised $40 million. The app, Velmora Learn, has 3 million users. A Sequa partner will join Velmora's board.");
    expect(r.actors.map((a) => a.name)).not.toContain("Velmora Learn");
    expect(r.actorOf("Velmora")?.name).toBe("Velmora");
  });
});
