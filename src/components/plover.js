// The 16 PLOVER event types in the order of the codebook (cooperation → conflict),
// with a diverging colour for each so the same type has the same colour on every page.
export const PLOVER_ORDER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
export const PLOVER_COLORS = ["#1a9850", "#41ab5d", "#66bd63", "#8fce7a", "#a6d96a", "#c2e699", "#d9ef8b", "#b8b8b8",
  "#fee08b", "#fdc65f", "#fdae61", "#f98e52", "#f46d43", "#e34a33", "#d73027", "#a50026"];
