import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A state acting through its weapons ("Norlandic artillery", "Norlandic helicopters"), and
// territory retaken. Sentences written for these tests.
const events = triples;

describe("a state's weapons and retaken ground", () => {
  it("a demonym before artillery, tanks or helicopters names the state acting", () => {
    expect(events("Radio reports said {Norland@NRL}ic tanks were pounding rebel positions near the river.")).toEqual([["ASSAULT", "norland", null]]);
    expect(events("{Norland@NRL}ic helicopters attacked {Estovia@EST} on Monday.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });

  it("recapturing a town is an attack; a person caught is not read as one", () => {
    expect(events("{Norland} recaptured the border town from {Estovia} on Monday.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(events("{Norland} police arrested {Ivo Tamm/person}, capturing the gang's leader in a suburb of the city.").map((r) => r[0])).not.toContain("ASSAULT");
  });
});

describe("firing on and releasing", () => {
  it("firing on people or positions is an attack", () => {
    expect(events("{Norland} troops fired on protesters in the capital.")).toEqual([["ASSAULT", "norland", null]]);
  });

  it("releasing or freeing captured fighters, dissidents or journalists is a concession", () => {
    expect(events("{Norland} said it had released six rebels.")).toEqual([["CONCEDE", "norland", null]]);
    expect(events("{Norland} freed two jailed journalists on Monday.")).toEqual([["CONCEDE", "norland", null]]);
    // A statement released is no one freed.
    expect(events("{Norland} released a statement on Monday.")).toEqual([]);
  });
});
