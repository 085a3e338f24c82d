import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A wire story filed under a sport's label is a sports report. Sentences written for these tests.

describe("a sport's label opening the headline", () => {
  it("makes the story a sports report", () => {
    expect(triples("TENNIS - KOVAC OUT OF THE OPEN.\nNORTOWN 1996-08-31\n{Ana Kovac/person} met {Lia Brandt/person} in the final round.")).toEqual([]);
  });

  it("while another label does not", () => {
    expect(triples("CRISIS - TALKS GO ON.\nNORTOWN 1996-08-31\n{Ana Kovac/person} met {Lia Brandt/person} in the capital.")).toEqual([
      ["CONSULT", "ana-kovac", "lia-brandt"],
    ]);
  });
});
