import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a family name with lower-case particles", () => {
  it("is one person's name, however the tagger read the word after the particles", () => {
    const r = run("Prize given\n\nAna van der Berg received the prize in Utrecht on Friday.");
    expect(r.actorOf("Ana van der Berg")?.kind).toBe("person");
    expect(r.mentions.some((m) => m.text === "Berg" || m.text === "Ana")).toBe(false);
  });

  it("alone, particles and all, is the surname of the full name in the article", () => {
    const r = run("Actor dies\n\nLeon de la Cruzado died on Sunday in Seville. De la Cruzado was 81.");
    expect(r.actorOf("De la Cruzado")?.name).toBe("Leon de la Cruzado");
    const s = run("Prize given\n\nAna van der Bergveld received the prize. Van der Bergveld thanked her students. Van der Bergveld left.");
    expect(s.actorOf("Van der Bergveld")?.name).toBe("Ana van der Bergveld");
  });
});

describe("a family name with the Arabic article hyphened onto it", () => {
  it("is part of the person's name", () => {
    const r = run("Talks\n\nEgyptian President Omar Fadel el-Rahmi met the envoy in Cairo on Monday.");
    expect(r.byName("Omar Fadel el-Rahmi")?.kind).toBe("person");
    expect(r.byName("Omar Fadel")).toBeUndefined();
  });
});

describe("the French plural particle", () => {
  it("keeps a name with 'des' whole", () => {
    const r = run("Gallery director Colette des Vignes told senators the budget was cut.");
    expect(r.actorOf("Colette des Vignes")?.kind).toBe("person");
    expect(r.mentions.some((m) => m.text === "Vignes" || m.text === "Colette")).toBe(false);
  });
});

describe("a patronymic with 'bin' before a family name with its article", () => {
  it("is one person's name, after a headline ending on an organisation's noun too", () => {
    const r = run("Rakan bin Majed named new head of state investment fund\n\nRakan bin Majed al-Harradi has been appointed chief executive of the Qasra Investment Authority, the fund said on Sunday.");
    expect(r.actorOf("Rakan bin Majed al-Harradi")?.kind).toBe("person");
    expect(r.actors.filter((a) => a.kind === "organization").map((a) => a.name)).not.toContain("Rakan bin Majed");
  });
});
