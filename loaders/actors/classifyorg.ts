import { countryNameFor, demonymFor } from "./gazetteer.js";
import { BUSINESS_FIELDS, IN_HEADS, ORG_INNER, ORG_SUFFIXES, SERVICES } from "./lexicon/orgs.js";
import { orgParts } from "./orgkey.js";
import { PLACE_SUFFIXES } from "./lexicon/places.js";
import { possessorState } from "./possessor.js";
import { canonicalTokens, emit, GROUP_HEADS, lookup, slice, type Ctx } from "./classifyctx.js";

/** Head words of a state's own bodies, which a possessive state names. */
const STATE_BODY_HEADS = new Set([
  "Ministry", "Department", "Army", "Navy", "Forces", "Force", "Police", "Parliament", "Government", "Cabinet", "Embassy",
  "Consulate", "Council", "Agency", "Commission", "Court", "Guard", "Service", "Services", "Directorate", "Office",
  "Authority", "Committee", "Senate", "Assembly", "Congress", "Bureau", "Administration", "Secretariat", "Prosecutor",
]);

/** A run headed by an organisation word: "Varnholm News", "Estovia Self-Defence Forces", "Norlandic Ministry of Defence". */
export function organisation(ctx: Ctx, a: number, b: number, surface: string): boolean {
  const { toks } = ctx;
  const words = surface.split(/[\s\u00a0]+/);
  const last = toks[b - 1]!.text;
  const span = toks.slice(a, b);
  if (PLACE_SUFFIXES.has(last) && words.length > 1) {
    emit(ctx, a, b, { kind: "place", name: canonicalTokens(surface), country: lookup(toks[a]!.text)?.iso3 ?? null, role: null, via: "region", alias: true, weak: false });
    return true;
  }
  const hasComplement = span.some((t) => t.text === "of" || t.text === "in" || t.text === "for");
  const group = GROUP_HEADS.has(last);
  const inner = span.some((t) => ORG_INNER.has(t.text));
  // a field joined to another before the body's head ("Mining and Quarrying Commission") ends no name
  const field = BUSINESS_FIELDS.has(last) && !(/^(?:and|&)$/.test(toks[b]?.text ?? "") && toks[b + 1]?.cap);
  if (!ORG_SUFFIXES.has(last) && !field && !hasComplement && !group && !inner) return false;
  if (words.length === 1 && !group) return false;
  const lead = lookup(toks[a]!.text) ?? lookup(slice(ctx, a, Math.min(b, a + 2)));
  let iso3 = lead && (lead.kind === "demonym" || lead.kind === "country") ? lead.iso3 : null;
  // A service after a country name or demonym ("Estovian Army") is that country's armed forces.
  if (lead && iso3 && (lead.kind === "demonym" || lead.kind === "country")) {
    const rest = surface.slice(lead === lookup(toks[a]!.text) ? toks[a]!.end - toks[a]!.start : 0).trim().toLowerCase();
    const s = SERVICES.find((x) => x.words === rest);
    if (s) {
      emit(ctx, a, b, { kind: "organization", name: s.name(countryNameFor(iso3), demonymFor(iso3)), country: iso3, role: null, via: "service", alias: true, weak: false });
      return true;
    }
  }
  // "Russia’s Ministry of Defence": the possessive names whose ministry it is.
  let name = canonicalTokens(surface.replace(/^the\s+/i, ""), true);
  const owner = iso3 ? null : possessorState(toks, a, ["country", "capital"]);
  if (owner) {
    iso3 = owner.iso3;
    // a state's body is named for its state ("Russian Ministry of Defence"); a firm keeps its own name ("India's Tata Motors")
    if (name.split(" ").some((w) => STATE_BODY_HEADS.has(w))) name = `${demonymFor(iso3)} ${name}`;
  }
  iso3 ??= orgParts(name)?.iso3 ?? null;
  // Missions get the standard form "Embassy of Ukraine in Japan" however the text words them.
  const parts = IN_HEADS.has(toks[a + (iso3 && lead?.kind === "demonym" ? 1 : 0)]?.text ?? "") ? orgParts(name) : null;
  if (parts?.host) name = `${toks[a + (lead?.kind === "demonym" ? 1 : 0)]!.text} of ${countryNameFor(parts.iso3)} in ${countryNameFor(parts.host)}`;
  emit(ctx, a, b, { kind: group ? "group" : "organization", name, country: iso3, role: null, via: "org", alias: true, weak: false });
  // "Embassy in Tokyo": the place inside the name is also a place mentioned.
  const inAt = toks.slice(a, b).findIndex((t) => t.text === "in");
  if (inAt > 0) {
    const g = lookup(slice(ctx, a + inAt + 1, b));
    if (g && g.kind !== "demonym" && g.kind !== "body")
      emit(ctx, a + inAt + 1, b, { kind: g.kind === "country" ? "country" : "place", name: g.name, country: g.iso3, role: null, via: "gazetteer", alias: true, weak: false });
  }
  return true;
}
