// What makes two figures "the same quantity": their unit, lower-cased, spaces
// collapsed and the plural folded ("North Korean troops" = "north korean troop",
// "casualties" = "casualty"), within the same category. Kept in SQL so the page
// shows the rule it applies.
export const UNIT = `regexp_replace(regexp_replace(lower(trim(regexp_replace(f.unit, '\\s+', ' ', 'g'))), 'ies$', 'y'), '([^s])s$', '\\1')`;
