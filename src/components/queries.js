// The SQL of the blocks a page draws first, shared by the page (which runs it on
// DuckDB-WASM when the build's snapshot does not hold it) and by the snapshot
// loader (src/data/snapshot.tar.ts, which runs the same text on DuckDB in Node at
// build time). Plain JavaScript without npm: imports, so Node can load it.
import {DAY, clusterKey} from "./events.js";
import {UNIT} from "./figures.js";

export const DESCRIBE_EVENTS = "DESCRIBE events";

/** Whether a DESCRIBE events result lists a `cluster` column. */
export const hasClusterIn = (describe) => describe.some((c) => c.column_name === "cluster");

export const CORPUS_SQL = `SELECT id, outlet, published, title, words::INTEGER AS words
FROM articles
ORDER BY published, id`;

export const COUNTS_SQL = `SELECT
  (SELECT count(*) FROM articles)::INTEGER AS articles,
  (SELECT count(*) FROM actors)::INTEGER AS actors,
  (SELECT count(*) FROM events)::INTEGER AS events,
  (SELECT count(*) FROM figures)::INTEGER AS figures,
  (SELECT count(*) FROM quotes)::INTEGER AS quotes`;

export const overviewTimelineSQL = (hasCluster) => `SELECT e.type, ${DAY} AS day,
  count(DISTINCT ${clusterKey(hasCluster)})::INTEGER AS events,
  count(*)::INTEGER AS reports
FROM events e JOIN articles a ON a.id = e.article
WHERE NOT e.negated AND ${DAY} IS NOT NULL
GROUP BY ALL ORDER BY day, e.type`;

export const EVENT_OPTIONS_SQL = `SELECT DISTINCT e.type, x.id, x.name
FROM events e LEFT JOIN actors x ON x.id IN (e.source, e.target, e.place)
ORDER BY e.type, x.id NULLS FIRST`;

export const EVENT_FILTER = `(? = '' OR e.type = ?)
  AND (? = '' OR ? IN (e.source, e.target, e.place))
  AND (? = '' OR ${DAY} >= ?)
  AND (? = '' OR ${DAY} <= ?)`;

/** The filter's parameters when nothing is picked. */
export const NO_EVENT_FILTER = ["", "", "", "", "", "", "", ""];

export const eventsTimelineSQL = (hasCluster) => `SELECT e.type, ${DAY} AS day,
  count(DISTINCT ${clusterKey(hasCluster)})::INTEGER AS events, count(*)::INTEGER AS reports
FROM events e JOIN articles a ON a.id = e.article
WHERE NOT e.negated AND ${DAY} IS NOT NULL AND ${EVENT_FILTER}
GROUP BY ALL ORDER BY day, e.type`;

export const ACTORS_SQL = `SELECT id, name, kind, role, country, mentions::INTEGER AS mentions,
  articles::INTEGER AS articles, aliases
FROM actors ORDER BY mentions DESC, name, id`;

export const SOURCES_LIST_SQL = `SELECT id, title, outlet, published, url, byline, sha256, words::INTEGER AS words FROM articles ORDER BY published, id`;

export const SPEAKER = `coalesce(x.name, q.speaker_text, 'unattributed')`;

export const QUOTES_SQL = `SELECT ${SPEAKER} AS speaker, q.verb, q.kind, q.text,
  coalesce(a.outlet, q.article) AS outlet, a.published, q.correction, q.article,
  q.start::INTEGER AS start, q."end"::INTEGER AS "end"
FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN actors x ON x.id = q.speaker
ORDER BY speaker, a.published, q.article, q.start`;

/** The quotes of one speaker (parameters: the speaker twice, '' for everyone). */
export const QUOTES_SHOWN_SQL = `SELECT * FROM (${QUOTES_SQL.replace(/\nORDER BY[^]*$/, "")})
WHERE (? = '' OR speaker = ?)
ORDER BY speaker, published, article, start`;

export const FIGURES_COMPARE_SQL = `WITH f AS (SELECT f.*, ${UNIT} AS quantity FROM figures f WHERE f.unit IS NOT NULL),
  shared AS (SELECT category, quantity FROM f GROUP BY ALL HAVING count(DISTINCT article) >= 2)
SELECT f.category, f.quantity, f.value, f.qualifier, f.text, f.unit,
  coalesce(a.outlet, f.article) AS outlet, a.published, f.attributed_to,
  f.article, f.start::INTEGER AS start, f."end"::INTEGER AS "end"
FROM f JOIN shared USING (category, quantity) JOIN articles a ON a.id = f.article
ORDER BY f.category, f.quantity, f.value, a.published, f.article, f.start`;

export const PLACES_SQL = `SELECT p.actor, p.name, p.kind, p.country, p.lat, p.lon, p.gazetteer, p.matched,
  count(m.actor)::INTEGER AS mentions, count(DISTINCT m.article)::INTEGER AS articles
FROM places p LEFT JOIN mentions m ON m.actor = p.actor
WHERE p.lat IS NOT NULL
GROUP BY ALL ORDER BY mentions DESC, p.name, p.actor`;

/**
 * What the snapshot holds for each page: [sql, params] pairs, given the
 * DESCRIBE events result (the timeline's key depends on it).
 */
export function snapshotQueries(describeEvents) {
  const cluster = hasClusterIn(describeEvents);
  return {
    index: [[DESCRIBE_EVENTS, []], [CORPUS_SQL, []], [COUNTS_SQL, []], [overviewTimelineSQL(cluster), []]],
    events: [[DESCRIBE_EVENTS, []], [EVENT_OPTIONS_SQL, []], [eventsTimelineSQL(cluster), NO_EVENT_FILTER]],
    actors: [[ACTORS_SQL, []]],
    quotes: [[QUOTES_SQL, []], [QUOTES_SHOWN_SQL, ["", ""]]],
    figures: [[FIGURES_COMPARE_SQL, []]],
    map: [[PLACES_SQL, []]],
    sources: [[SOURCES_LIST_SQL, []]],
  };
}

/** The snapshot's key for a query and its parameters. */
export const snapshotKey = (text, params = []) => JSON.stringify([text.trim(), params]);
