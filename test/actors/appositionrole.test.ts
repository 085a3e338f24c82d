import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const roleOf = (text: string, name: string) => run(`Aid pledged\n\n${text}`).actorOf(name)?.role ?? null;

describe("an office named in an apposition", () => {
  it("before the name gives the role a title would", () => {
    expect(roleOf("The interior minister, Lotte Brennavik, said aid would arrive within a week.", "Lotte Brennavik")).toBe("Interior Minister");
    expect(roleOf("The governor of Nevada, Lisa Marrowby, signed the bill on Friday.", "Lisa Marrowby")).toBe("Governor of Nevada");
    expect(roleOf("A spokesman for Vantor Airlines, Ravi Mehalson, said flights would resume.", "Ravi Mehalson")).toBe("Spokesman for Vantor Airlines");
    expect(roleOf("Tarvania recalled its ambassador to Brazil, Ines Dovarro, on Tuesday.", "Ines Dovarro")).toBe("Ambassador to Brazil");
  });

  it("after the name gives it too, with the body it is held in", () => {
    expect(roleOf("Sanne Okaforde, the interior minister, said aid would arrive soon.", "Sanne Okaforde")).toBe("Interior Minister");
    expect(roleOf("Mara Velthoven, 54, the mayor of Orvelle, said the bridge would reopen.", "Mara Velthoven")).toBe("Mayor of Orvelle");
    expect(roleOf("Marta Quellberg, chief executive of Dorvane Mining, resigned on Monday.", "Marta Quellberg")).toBe("Chief Executive of Dorvane Mining");
    expect(roleOf("Orvel Holdings' chief financial officer, Pia Stenvall, resigned.", "Pia Stenvall")).toBe("Chief Financial Officer of Orvel Holdings");
  });

  it("a named possessor is the body; a common noun's is not", () => {
    expect(roleOf("Norcastle's chairman, Viktor Anselmo, said jobs would go.", "Viktor Anselmo")).toBe("Chairman of Norcastle");
    expect(roleOf("The union's leader, Bea Saltnerova, said pay was too low.", "Bea Saltnerova")).toBe("Leader");
  });

  it("gives none for a former office, a clause, a reporting verb or a description of no office", () => {
    expect(roleOf("The former interior minister, Ada Quistberg, said the plan would fail.", "Ada Quistberg")).toBeNull();
    expect(roleOf("Talks with Ada Quistberg, who resigned and its chairman, were delayed.", "Ada Quistberg")).toBeNull();
    expect(roleOf("He met Ada Quistberg, the spokesman said.", "Ada Quistberg")).toBeNull();
    expect(roleOf("Ada Quistberg, a Democrat, said the plan would fail.", "Ada Quistberg")).toBeNull();
    expect(roleOf("After meeting the minister, Ada Quistberg said the plan would fail.", "Ada Quistberg")).toBeNull();
  });

  it("takes no town describing a firm as the body", () => {
    expect(roleOf("Said Brenna Olvik, chairman of the Marston, Ohio, maker of valves, sales rose.", "Brenna Olvik")).toBe("Chairman");
  });
});

describe("a name read as an organisation that an office describes right after it", () => {
  it("is a person holding that office", () => {
    const r = run("Tessa Varnholm Sadiq, head of the Deposit Guarantee Board, was named to the post on Monday.");
    const a = r.actorOf("Tessa Varnholm Sadiq");
    expect(a?.kind).toBe("person");
    expect(a?.role).toBe("Head of the Deposit Guarantee Board");
  });

  it("leaves a firm a trade describes a firm", () => {
    expect(run("Orvel Mining, maker of drills, said profits rose.").actorOf("Orvel Mining")?.kind).toBe("organization");
  });
});
