import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const kindOf = (text: string, name: string) => run(text).actorOf(name)?.kind;

describe("teams and firms by the words around them", () => {
  it("reads a name after a kind only a firm is as a firm", () => {
    expect(kindOf("Insurer Galvor Prell had paid out 2.1 million crowns after the fire. A spokeswoman said it would appeal.", "Galvor Prell")).toBe("organization");
  });

  it("reads the name before a team principal as a team's, whoever else is named", () => {
    const r = run("Sarvik team principal Ivo Halvik said the drivers would be called in. Both Scuderia Sarvik cars crashed out.");
    expect(r.actorOf("Sarvik")?.kind).toBe("organization");
    expect(r.actorOf("Scuderia Sarvik")?.kind).toBe("organization");
  });

  it("reads a team's opening word and a line of business at a name's end as a body's", () => {
    expect(kindOf("Ana Quellin, who rides for Team Brevik, won the stage.", "Team Brevik")).toBe("organization");
    expect(kindOf("He finished ahead of Bram Tarl of Varno Motorsport in the rain.", "Varno Motorsport")).toBe("organization");
  });

  it("keeps a common noun opening a sentence before another noun out of the body it opens elsewhere", () => {
    const r = run("Health officials warned of a spike in cases. The Health Ministry said hospitals were full.");
    expect(r.actors.map((a) => a.name)).toEqual(["Health Ministry"]);
    expect(run("Orvane will invest 2 billion in chips. Orvane Cloud chief Ivo Halvik said.").actorOf("Orvane")?.kind).toBe("organization");
    // a name the article writes alone elsewhere
    const vote = run("Tessmark election: what you need to know\n\nVoters in Tessmark go to the polls on Sunday in an election that could end 12 years of rule, the daily Tessmark Posten said.");
    expect(vote.actors.filter((a) => a.name === "Tessmark").length).toBe(1);
    expect(vote.mentions.filter((m) => m.text === "Tessmark").length).toBe(2);
    // a headline's verb in the plural's place
    expect(run("Orvane cuts chip forecast\n\nOrvane Cloud chief Ivo Halvik said sales fell.").actorOf("Orvane")?.kind).toBe("organization");
  });
});

describe("bodies named for their town", () => {
  it("reads an orchestra, a choir and a housebuilder by their heads", () => {
    expect(kindOf("The Ostrel Philharmonic Orchestra cancelled its autumn tour on Thursday.", "Ostrel Philharmonic Orchestra")).toBe("organization");
    expect(kindOf("Developer Quarrow Homes says the estate will include a school.", "Quarrow Homes")).toBe("organization");
    expect(kindOf("Economists at Tessaly-based Quarrow Research had expected a cut of half a point.", "Quarrow Research")).toBe("organization");
  });

  it("leaves the town's name alone to the town, not to the body it opens", () => {
    const r = run("The Brisko Philharmonic Orchestra cancelled its tour. Its director has lived in Brisko since 1998.");
    expect(r.actors.find((a) => a.name === "Tessmark")?.kind).not.toBe("organization");
    expect(r.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Brisko Philharmonic Orchestra"]);
  });
});
