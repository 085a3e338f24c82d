import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name after a firm's person or part and 'of'", () => {
  it("is an organisation", () => {
    expect(run("Ivan Sorel, the founder of Quillo, was questioned by judges on Monday.").actorOf("Quillo")?.kind).toBe("organization");
    expect(run("Ivan Sorel, the chief executive of Quillo, was questioned by judges.").actorOf("Quillo")?.kind).toBe("organization");
  });

  it("is an organisation after one of the people it employs and 'at'", () => {
    expect(run("Ana Sorel, an economist at Corvalho Unibanco, said the plan was feasible.").actorOf("Corvalho Unibanco")?.kind).toBe("organization");
  });

  it("is an organisation after the figures it publishes and 'from'", () => {
    expect(run("Prices for wheat rose 3 percent on the week, according to data from Agrivel.").actorOf("Agrivel")?.kind).toBe("organization");
    expect(run("Exports fell by a quarter, according to data from Brazil.").actorOf("Brazil")?.kind).toBe("country");
  });

  it("is an organisation after 'and' with another firm after staff and 'at', at a sentence's start too", () => {
    const r = run("Economists at Quillo and Tarvo expect the bank to cut again in December.");
    expect(r.actorOf("Quillo")?.kind).toBe("organization");
    expect(r.actorOf("Tarvo")?.kind).toBe("organization");
  });

  it("is an organisation after 'and' with another firm after staff and 'at', where the tagger read nothing", () => {
    const r = run("Quillo shares rose 3% in New York. Analysts at Tarvo Stanley and Wedrich said the cuts would lift margins.");
    expect(r.actorOf("Wedrich")?.kind).toBe("organization");
  });

  it("is an organisation after the shares or stake held in it", () => {
    expect(run("Vessa Ulrik said the cuts were needed. Shares in Tarmo Vell fell 4 percent on the news.").actorOf("Tarmo Vell")?.kind).toBe("organization");
    expect(run("The fund bought a 12 percent stake in Orlan Dessa last year.").actorOf("Orlan Dessa")?.kind).toBe("organization");
  });

  it("stays the place the gazetteer knows", () => {
    expect(run("Ivan Sorel, the founder of Singapore, died on Monday.").actorOf("Singapore")?.kind).toBe("country");
  });
});
