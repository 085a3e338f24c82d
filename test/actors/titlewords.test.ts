import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("titles of party, coalition and union offices", () => {
  it("read a general secretary's name apart from the title, a short given name too", () => {
    const r = run("Estovian Workers' Party General Secretary To Varn held talks with the president on Monday.");
    expect(r.actorOf("To Varn")?.kind).toBe("person");
    expect(r.mentions.some((m) => m.text.includes("Secretary To"))).toBe(false);
  });

  it("read a coordinating minister's portfolio as part of the title", () => {
    const r = run("Estovia's Coordinating Minister for Economic Affairs Orvel Dane said a deal would be ratified.");
    expect(r.actorOf("Orvel Dane")?.kind).toBe("person");
  });
});

describe("a rank's word opening a body's name", () => {
  it("makes no person of the body", () => {
    const r = run("The council vote is a step toward bringing a Major Union Varnball side to the city.");
    expect(r.actors.filter((a) => a.kind === "person")).toEqual([]);
  });

  it("leaves a rank before a person's name", () => {
    expect(run("Major Tomas Reed said the unit had withdrawn.").actorOf("Tomas Reed")?.kind).toBe("person");
  });
});

describe("a given name after a firm's kind", () => {
  it("is a person: the producer of a film, not a producing company", () => {
    const r = run("He is survived by his wife, the producer Anna Varnholm, and two daughters.");
    expect(r.actorOf("Anna Varnholm")?.kind).toBe("person");
  });

  it("leaves a firm named after its kind", () => {
    expect(run("The deal was signed with the producer Tarvo Ostrand Mining on Monday.").actors.some((a) => a.kind === "organization")).toBe(true);
  });
});

describe("a school's or a church's name and a board's trustee", () => {
  it("are an organisation and a titled person", () => {
    const r = run("Parents packed the meeting at Velmar Ridge High School. Services will be held at Tarvo Baptist Church. Trustee Orvel Dane, who voted no, said the board had acted in haste.");
    expect(r.actorOf("Velmar Ridge High School")?.kind).toBe("organization");
    expect(r.actorOf("Tarvo Baptist Church")?.kind).toBe("organization");
    expect(r.actorOf("Orvel Dane")?.kind).toBe("person");
  });
});
