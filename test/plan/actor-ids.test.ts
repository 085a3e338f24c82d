import { describe, expect, it } from "vitest";
import { actorRows, emptyTally, type TalliedActor } from "../../loaders/actors/tally.js";
import type { ActorKind } from "../../loaders/types.js";

const actor = (name: string, kind: ActorKind): TalliedActor => ({ name, kind, country: null, role: null, registry: null, tally: { ...emptyTally(), mentions: 1, docs: 1 } });

describe("actorRows ids", () => {
  it("numbers actors that share a name from 2, skipping numbers another name's slug already took", () => {
    const actors = [
      actor("Marta Quell", "person"),
      actor("Marta Quell", "organization"),
      actor("Marta Quell 3", "organization"),
      ...Array.from({ length: 4 }, () => actor("Marta Quell", "organization")),
      actor("Marta Quell 3", "group"),
    ];
    expect(actorRows(actors).ids).toEqual([
      "marta-quell", "marta-quell-organization", "marta-quell-3",
      "marta-quell-2", "marta-quell-4", "marta-quell-5", "marta-quell-6",
      "marta-quell-3-group",
    ]);
  });

  it("gives a thousand same-named actors a thousand distinct ids, the last numbered 999 (the second takes the kind)", () => {
    const ids = actorRows(Array.from({ length: 1000 }, () => actor("Ode Varn", "organization"))).ids;
    expect(new Set(ids).size).toBe(1000);
    expect(ids.at(-1)).toBe("ode-varn-999");
  });
});
