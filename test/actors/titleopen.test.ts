import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a title opening a sentence", () => {
  it("gives its person the role, as it does mid-sentence", () => {
    const r = run("Bridge to reopen\n\nMayor Tomas Vellander said the bridge over the Orrin would reopen on Friday.");
    expect(r.actorOf("Tomas Vellander")?.role).toBe("Mayor");
  });

  it("keeps the whole of a title of two words", () => {
    const r = run("Trip planned\n\nPrime Minister Adel Korvani flew to Tokyo on Monday for two days of talks.");
    expect(r.actorOf("Adel Korvani")?.role).toBe("Prime Minister");
  });

  it("also before a given name that is a common word", () => {
    const r = run("Trip planned\n\nPrime Minister Rose Vellander flew to Tokyo on Monday.");
    expect(r.actorOf("Rose Vellander")?.role).toBe("Prime Minister");
  });

  it("leaves a firm whose name starts with a title word whole", () => {
    const r = run("Sales fall\n\nGeneral Motors said its sales fell in March.");
    expect(r.actorOf("General Motors")?.kind).toBe("organization");
  });
});

describe("offices of local government, the courts and the police", () => {
  it.each([
    ["Commissioner Lou Varga said the force would hire more staff.", "Lou Varga", "Commissioner"],
    ["District Attorney Eric Malden said charges would follow.", "Eric Malden", "District Attorney"],
    ["The inquiry was led by Detective Sam Orrin of the city police.", "Sam Orrin", "Detective"],
    ["Labor Minister Ines Morvan met the unions on Monday.", "Ines Morvan", "Labor Minister"],
  ])("%s", (text, name, role) => {
    expect(run(text).actorOf(name)).toMatchObject({ kind: "person", role });
  });
});
