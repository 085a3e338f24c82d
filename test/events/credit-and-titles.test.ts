import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A news agency credited after a headline's hyphen, and "chief" as a plain adjective, name no actor.
// Sentences written for these tests.

describe("a credit glued to a headline's last word", () => {
  it("is no party of the act", () => {
    expect(triples("{Norland} troops die in clash with militia-{Ditax/organization}.\nNORTOWN 1996-08-22\nThe soldiers died.")).toEqual([["ASSAULT", "norland", null]]);
  });

  it("while a name joined by a hyphen inside the line still is", () => {
    expect(triples("{Norland} troops clash with {Estovia}-backed rebels.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

describe("'chief' before a word of a trial", () => {
  it("is no office", () => {
    expect(triples("{Marek Holt/civilian}, the chief accused in a fraud trial, visited {Estovia} several times.")).toEqual([]);
    expect(triples("{Marek Holt/civilian}, the chief suspect in the case, visited {Estovia} twice.")).toEqual([]);
  });

  it("while a chief of a body still holds one", () => {
    expect(triples("{Marek Holt/civilian}, the chief negotiator of the talks, visited {Estovia} twice.")).toEqual([["CONSULT", "marek-holt", "estovia"]]);
  });
});
