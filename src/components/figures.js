// What makes two figures "the same quantity": their unit, lower-cased, spaces
// collapsed, the plural folded ("casualties" = "casualty") and the counted noun
// mapped through a small synonym lexicon (troops = soldiers = servicemen =
// personnel), within the same category. Kept in SQL so the page shows the rule
// it applies; add a line to SYNONYMS for another family of words.
const SYNONYMS = [
  ["troop", ["soldier", "troop", "serviceman", "servicemen", "servicemember", "personnel", "fighter", "combatant"]],
  ["civilian", ["civilian", "resident", "inhabitant"]],
  ["missile", ["missile", "rocket"]],
  ["drone", ["drone", "uav", "unmanned aerial vehicle"]],
];

const FOLDED = `regexp_replace(regexp_replace(lower(trim(regexp_replace(f.unit, '\\s+', ' ', 'g'))), 'ies$', 'y'), '([^s])s$', '\\1')`;

export const UNIT = SYNONYMS.reduce(
  (sql, [canonical, words]) => `regexp_replace(${sql}, '\\b(${words.join("|")})$', '${canonical}')`,
  FOLDED,
);

/** The same rule in JavaScript (the browser test checks the page against it). */
export function quantity(unit) {
  let u = unit.replace(/\s+/g, " ").trim().toLowerCase().replace(/ies$/, "y").replace(/([^s])s$/, "$1");
  for (const [canonical, words] of SYNONYMS) u = u.replace(new RegExp(`\\b(${words.join("|")})$`), canonical);
  return u;
}
