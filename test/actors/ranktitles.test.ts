import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";
import { splitSentences } from "../../loaders/text/sentences.js";

// Sentences written for these tests.
describe("short military and police ranks are titles", () => {
  it.each([
    ["Sgt. Mara Velde, a spokeswoman for the command, said no ships were hit.", "Mara Velde", "Sergeant"],
    ["Capt. Joel Hane said the crew was safe.", "Joel Hane", "Captain"],
    ["Det. Sgt. Ana Rell said the inquiry would go on.", "Ana Rell", "Detective Sergeant"],
    ["Her lawyer, Atty. Lina Marcos, said they would appeal.", "Lina Marcos", "Attorney"],
  ])("%s", (text, name, role) => {
    const r = run(text);
    expect(r.byName(name)?.role).toBe(role);
    expect(r.actors.map((a) => a.name)).not.toContain(text.split(".")[0]);
  });
  it("does not end a sentence after a rank", () => {
    expect(splitSentences("The ship sank. Det. Ana Rell spoke.").length).toBe(2);
  });
});

describe("a hyphenated office is read whole", () => {
  it("gives an Under-Secretary-General that office, not Secretary-General's", () => {
    const r = run("UN Under-Secretary-General Rosa Dimarco told the Security Council that the region was tense.");
    expect(r.byName("Rosa Dimarco")?.role).toBe("Under Secretary General of the United Nations");
  });
});

describe("an apposition after a person's phrase names a person", () => {
  it.each([
    ["A spokesman for the group, Yahir Sarem, said the strike hit a tanker.", "Yahir Sarem"],
    ["An analyst at the bank, Joel Mower, said the shares were cheap.", "Joel Mower"],
  ])("%s", (text, name) => expect(run(text).byName(name)?.kind).toBe("person"));
  it("keeps an organisation's own apposition", () => {
    expect(run("The employers' association, Deltaport, said the talks had failed.").byName("Deltaport")?.kind).toBe("organization");
  });
});

describe("a member of a parliament, written short", () => {
  it("is a title before a name, and no actor alone", () => {
    const r = run("Local MP Dana Reeve said the closure was a blow. The MP said she would raise it in the chamber.");
    expect(r.byName("Dana Reeve")?.kind).toBe("person");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/\bMP\b/);
  });
});
