import { describe, expect, it } from "vitest";
import { prenominalRole } from "../../loaders/actors/prenominalrole.js";
import { run } from "./helpers.js";

describe("an office in lower case right before a name", () => {
  it("gives the person the role", () => {
    const r = run("Suspect held\n\nPolice spokesman Arno Bekkerman said the suspect had been arrested near Ghent.");
    expect(r.actorOf("Arno Bekkerman")?.role).toBe("Police Spokesman");
    const s = run("Growth slows\n\nThe report worried central bank governor Petra Ulmstedt, who spoke in Frankfurt.");
    expect(s.actorOf("Petra Ulmstedt")?.role).toBe("Central Bank Governor");
  });

  it("stops at words that are no part of the office", () => {
    expect(prenominalRole("The agency said police spokesman ")).toBe("Police Spokesman");
    expect(prenominalRole("The plan was drawn up to help party president ")).toBe("Party President");
    expect(prenominalRole("He spoke of Harbourton's new coach ")).toBeNull();
    expect(prenominalRole("He sacked coach ")).toBe("Coach");
    expect(prenominalRole("Under new manager ")).toBe("Manager");
  });

  it("gives none for an office no longer held or a word that is no office", () => {
    expect(prenominalRole("Former Wessland captain ")).toBeNull();
    expect(prenominalRole("It frustrated his old coach ")).toBeNull();
    expect(prenominalRole("It was written by novelist ")).toBeNull();
  });
});
