import { describe, expect, it } from "vitest";
import type { Candidate } from "../../loaders/actors/candidate.js";
import { orgShortNames } from "../../loaders/actors/orgprefix.js";
import { run } from "./helpers.js";

// An organisation named in full, then by its first words, in invented articles.

const org = (start: number, name: string): Candidate => ({
  doc: "t", start, end: start + name.length, text: name, sentence: 0, kind: "organization", name, country: null, role: null, via: "tagger", alias: true, weak: false,
});

describe("an organisation's short form within its article", () => {
  it("takes the one full name it opens, named before it", () => {
    const out = orgShortNames([org(0, "Brantwell Airways Corp"), org(80, "Brantwell")]);
    expect(out.map((c) => c.name)).toEqual(["Brantwell Airways Corp", "Brantwell Airways Corp"]);
    expect(out[1]!.text).toBe("Brantwell");
  });

  it("keeps its own name when two full names fit, or the full name comes later", () => {
    expect(orgShortNames([org(0, "Holmvik Bank"), org(30, "Holmvik Group"), org(80, "Holmvik")])[2]!.name).toBe("Holmvik");
    expect(orgShortNames([org(0, "Brantwell"), org(80, "Brantwell Airways Corp")])[0]!.name).toBe("Brantwell");
  });

  it("takes a full name whose last word also names a ministry's portfolio ('Energy')", () => {
    expect(orgShortNames([org(0, "Brightwell Energy"), org(80, "Brightwell")])[1]!.name).toBe("Brightwell Energy");
  });

  it("ignores a full name that runs into a table, a title or lower-case words", () => {
    for (const full of ["Brantwell 3", "Brantwell Co Chairman", "Brantwell's disk-drive business", "Brantwell / Orland"])
      expect(orgShortNames([org(0, full), org(80, "Brantwell")])[1]!.name).toBe("Brantwell");
  });

  it("leaves a body the gazetteer knows as itself", () => {
    expect(orgShortNames([org(0, "United Nations Relief Commission"), org(80, "United Nations")])[1]!.name).toBe("United Nations");
  });

  it("joins the two in the actors table, with the short form as an alias", () => {
    const r = run("A plane operated by Skyvale Air crashed near Dorvelle on Friday.\n\nSkyvale said it was cooperating with investigators.");
    expect(r.actorOf("Skyvale")?.name).toBe("Skyvale Air");
    expect(r.byName("Skyvale Air")?.aliases).toContain("Skyvale");
  });
});

describe("a place the gazetteer does not know that opens an organisation's full name earlier", () => {
  it("is that organisation, unless a state follows it as a town's", () => {
    const text = "Orvel Mining said it would cut jobs. The union will fight the layoffs at Orvel's mines. Orvel, Wis., is quiet.";
    const place = (start: number, name: string): Candidate => ({ ...org(start, name), kind: "place", text: name, end: start + name.length });
    const out = orgShortNames([org(0, "Orvel Mining"), place(text.indexOf("Orvel's"), "Orvel"), place(text.lastIndexOf("Orvel"), "Orvel")], text);
    expect(out[1]).toMatchObject({ kind: "organization", name: "Orvel Mining" });
    expect(out[2]).toMatchObject({ kind: "place", name: "Orvel" });
  });
});
