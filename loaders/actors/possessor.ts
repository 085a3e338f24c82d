import { countryNameFor, gazetteer, type GazEntry } from "./gazetteer.js";
import type { Tok } from "./tok.js";

// "Freedonia's Foreign Minister X", "Freedonia's Ministry of Defence": the state whose possessive
// stands right before a title or a body's name. A capital reads as its state before a body
// ("Eastport's ministry") but not before a person's office, which may be the town's own ("Eastport's mayor").

/** The state whose possessive ends right before toks[a], or null. `kinds`: the gazetteer kinds that name a state here. */
export function possessorState(toks: readonly Tok[], a: number, kinds: readonly GazEntry["kind"][] = ["country"]): { name: string; iso3: string } | null {
  const clitic = toks[a - 1], owner = toks[a - 2];
  if (!clitic || !owner || !/^['’]s$/u.test(clitic.text)) return null;
  const g = gazetteer().exact.get(owner.text)?.[0];
  return g && g.iso3 && kinds.includes(g.kind) ? { name: countryNameFor(g.iso3), iso3: g.iso3 } : null;
}
