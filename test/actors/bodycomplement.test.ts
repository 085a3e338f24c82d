import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a body named with what it belongs to or stands for", () => {
  it("keeps \"of the\" and the body it belongs to inside one name", () => {
    const r = run("The two were cleared on Friday, the Ethics Committee of the Orlesk Rowing Federation said.");
    expect(r.actors.map((a) => a.name)).toEqual(["Ethics Committee of the Orlesk Rowing Federation"]);
  });

  it("reads a confederation with its subject as one body, not a person and a field", () => {
    const r = run("The Orlesk Confederation of Labour, the country's biggest union federation, said it would decide on Monday.");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Orlesk Confederation of Labour/organization"]);
  });
});

describe("an administration named with the country it serves", () => {
  it("is one body, no country inside it", () => {
    const r = run("The Cyberspace Administration of Orlesk said the firm had collected data without consent.");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Cyberspace Administration of Orlesk/organization"]);
  });
});

describe("a wire dateline's town of several words in capitals before the date", () => {
  it("is one place", () => {
    const r = run("Bank holds rates.\n\nKESTRAVA WOLA 1996-12-06\n\nThe central bank left its key lending rate unchanged on Friday.");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Kestrava Wola/place"]);
  });
});
