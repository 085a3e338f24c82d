// SQL shared by the pages that count events.
//
// Several articles often report one event. When the events table carries a
// `cluster` column (an extraction stage that links reports of the same event),
// that is the key; otherwise reports with the same type, source (or, for a group
// the text does not name, its words), target and day are one event. A report
// with neither source nor target stays on its own:
// "someone requested something on Monday" says too little to merge.

/** `day`: the event's own date padded to a day (YYYY → YYYY-01-01), else the article's publication date. */
export const DAY = `CASE
    WHEN e.date IS NULL THEN a.published
    WHEN length(e.date) = 4 THEN e.date || '-01-01'
    WHEN length(e.date) = 7 THEN e.date || '-01'
    ELSE e.date END`;

export function clusterKey(hasClusterColumn) {
  if (hasClusterColumn) return "coalesce(e.cluster, e.id)";
  return `CASE WHEN e.source IS NULL AND e.target IS NULL THEN e.id
    ELSE concat_ws('|', e.type, coalesce(e.source, lower(e.source_text), ''), coalesce(e.target, ''), coalesce(${DAY}, e.article)) END`;
}
