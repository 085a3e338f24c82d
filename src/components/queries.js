// The SQL of the blocks a page draws first, shared by the page (which runs it on
// DuckDB-WASM when the build's snapshot does not hold it) and by the snapshot
// loader (src/data/report.tar.ts, which runs the same text on DuckDB in Node at
// build time). Plain JavaScript without npm: imports, so Node can load it.
import {DAY, clusterKey} from "./events.js";
import {UNIT} from "./figures.js";

export const DESCRIBE_EVENTS = "DESCRIBE events";

/** Whether a DESCRIBE events result lists a `cluster` column. */
export const hasClusterIn = (describe) => describe.some((c) => c.column_name === "cluster");

// An article with no title in sources.csv is shown by its lede's first words, marked as a
// stand-in. The report's articles.arrow carries that opening as `lede` (it has no text
// column; src/data/lib/lede.ts); the Sources page cuts it from the text the same way.
export const LEDE_WORDS = 8;
export const STAND_IN = "[lede]";
export const LEDE_FROM_TEXT = `nullif(array_to_string(list_slice(regexp_split_to_array(trim(text), '\\s+'), 1, ${LEDE_WORDS}), ' '), '')`;
export const shownTitleSQL = (lede) => `coalesce(nullif(trim(title), ''), '${STAND_IN} ' || ${lede} || '…', id)`;

export const CORPUS_SQL = `SELECT id, outlet, published, title, ${shownTitleSQL("lede")} AS shown_title, words::INTEGER AS words
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

// The Events page filters one table made once per page (event_days): each event with
// its day, cluster key, outlet, the names of its actors, its sentence and how many
// reports of that event the corpus holds. A filter is then a scan of one table, not
// joins, a CASE per row and a window over the matching rows; the table is made once,
// in the background, so a large corpus pays for those joins only at load.
// Two numbers make a filter cheaper still:
// `event_no` numbers the cluster keys (dense_rank), so the timeline counts distinct
// integers, not strings; `seq` is the table's row order (day, type, article, start, id),
// the table is stored in that order, and the events table finds its first rows by
// `seq` alone before reading their wide columns (sentence, names) for those rows only.
export const eventDaysSQL = (hasCluster) => `CREATE OR REPLACE TABLE event_days AS
WITH d AS (
  SELECT e.*, ${DAY} AS day, ${clusterKey(hasCluster)} AS key, a.outlet,
    coalesce(s.name, e.source, e.source_text) AS source_name, coalesce(t.name, e.target) AS target_name,
    coalesce(p.name, e.place) AS place_name, se.text AS sentence
  FROM events e
  JOIN articles a ON a.id = e.article
  LEFT JOIN actors s ON s.id = e.source
  LEFT JOIN actors t ON t.id = e.target
  LEFT JOIN actors p ON p.id = e.place
  LEFT JOIN sentences se ON se.article = e.article AND e.start >= se.start AND e.start < se."end")
SELECT *, count(*) OVER (PARTITION BY key)::INTEGER AS reports,
  dense_rank() OVER (ORDER BY key)::INTEGER AS event_no,
  row_number() OVER (ORDER BY day NULLS LAST, type, article, start, id)::INTEGER AS seq
FROM d
ORDER BY seq`;

export const EVENT_FILTER = `(? = '' OR e.type = ?)
  AND (? = '' OR ? IN (e.source, e.target, e.place))
  AND (? = '' OR e.day >= ?)
  AND (? = '' OR e.day <= ?)`;

/** The filter's parameters when nothing is picked. */
export const NO_EVENT_FILTER = ["", "", "", "", "", "", "", ""];

/** The filter's parameters: type, actor id, first and last day ('' for any). */
export const eventFilterParams = (type, actor, from, to) => [type, type, actor, actor, from, from, to, to];

export const EVENTS_TIMELINE_SQL = `SELECT e.type, e.day, count(DISTINCT e.event_no)::INTEGER AS events, count(*)::INTEGER AS reports
FROM event_days e
WHERE NOT e.negated AND e.day IS NOT NULL AND ${EVENT_FILTER}
GROUP BY ALL ORDER BY e.day, e.type`;

/** How many events the table shows; the CSV runs the same SQL with no cap. */
export const EVENTS_SHOWN = 500;

/**
 * The matching events in day order, the first `?` of them, each with the count of all
 * matching. The count is a subquery, not a window, so that DuckDB sorts only the first
 * rows (top-N) instead of every match.
 */
export const EVENTS_TABLE_SQL = `WITH shown AS (
  SELECT e.seq FROM event_days e
  WHERE ${EVENT_FILTER}
  ORDER BY e.seq LIMIT ?)
SELECT e.day, e.type, e.mode, e.trigger,
  e.source_name AS source, e.target_name AS target, e.place_name AS place,
  e.date, e.date_text, e.negated, e.reports,
  (SELECT count(*) FROM event_days e WHERE ${EVENT_FILTER})::INTEGER AS matching,
  e.outlet, e.correction, e.article, e.start::INTEGER AS start, e."end"::INTEGER AS "end", e.sentence
FROM event_days e SEMI JOIN shown USING (seq)
ORDER BY e.seq`;

/** EVENTS_TABLE_SQL's parameters (its `?` in the order they appear): the filter's, the cap, the filter's again. */
export const eventsTableParams = (filter, cap = EVENTS_SHOWN) => [...filter, cap, ...filter];

export const ACTORS_SQL = `SELECT id, name, kind, role, country, mentions::INTEGER AS mentions,
  articles::INTEGER AS articles, aliases
FROM actors ORDER BY mentions DESC, name, id`;

export const SOURCES_LIST_SQL = `SELECT id, title, ${shownTitleSQL(LEDE_FROM_TEXT)} AS shown_title, outlet, published, url, byline, sha256, words::INTEGER AS words FROM articles ORDER BY published, id`;

export const SPEAKER = `coalesce(x.name, q.speaker_text, 'unattributed')`;

const QUOTE_ROWS = `SELECT ${SPEAKER} AS speaker, q.verb, q.kind, q.text,
  coalesce(a.outlet, q.article) AS outlet, a.published, q.correction, q.article,
  q.start::INTEGER AS start, q."end"::INTEGER AS "end"
FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN actors x ON x.id = q.speaker`;

/** One row per speaker, most quoted first: small at any corpus size, so the snapshot holds it. */
export const QUOTES_BY_SPEAKER_SQL = `SELECT speaker, count(*)::INTEGER AS quotes, count(DISTINCT article)::INTEGER AS articles,
  min(published) AS first, max(published) AS last
FROM (${QUOTE_ROWS})
GROUP BY speaker ORDER BY quotes DESC, speaker`;

/** The quotes of one speaker (parameters: the speaker twice, '' for everyone). */
export const QUOTES_SHOWN_SQL = `SELECT * FROM (${QUOTE_ROWS})
WHERE (? = '' OR speaker = ?)
ORDER BY speaker, published, article, start`;

/** How many speakers (the most quoted, as the by-speaker chart) and articles the speaker × article matrix draws. */
export const MATRIX_SPEAKERS = 20;
export const MATRIX_ARTICLES = 30;

// At 10,000 articles the speaker × article matrix had thousands of columns: unreadable,
// and the last block of the page to draw by seconds. It keeps the speakers the by-speaker
// chart draws and the articles that quote them most (ties by article id); each row carries
// how many speakers and articles with quotes there are, so the caption says what is left out.
export const QUOTES_MATRIX_SQL = `WITH q AS (SELECT speaker, article, outlet, published FROM (${QUOTE_ROWS})),
s AS (SELECT speaker, row_number() OVER (ORDER BY count(*) DESC, speaker) AS speaker_rank FROM q GROUP BY speaker),
top_s AS (SELECT * FROM s WHERE speaker_rank <= ${MATRIX_SPEAKERS}),
top_a AS (
  SELECT article FROM q JOIN top_s USING (speaker)
  GROUP BY article ORDER BY count(*) DESC, article LIMIT ${MATRIX_ARTICLES}),
total AS (SELECT (SELECT count(*) FROM s)::INTEGER AS speakers, count(DISTINCT article)::INTEGER AS articles FROM q)
SELECT q.speaker, q.article, q.outlet || ' · ' || coalesce(q.published, 'undated') AS source, q.published,
  count(*)::INTEGER AS quotes, top_s.speaker_rank::INTEGER AS speaker_rank, total.speakers, total.articles
FROM q JOIN top_s USING (speaker) JOIN top_a USING (article) CROSS JOIN total
GROUP BY ALL ORDER BY speaker_rank, q.published NULLS LAST, q.article`;

/** How many quantities the comparison shows, and how many claim groups within each. */
export const COMPARE_QUANTITIES = 12;
export const COMPARE_GROUPS = 12;

// A quantity claimed by thousands of articles cannot be read as thousands of dots: the
// comparison keeps the quantities claimed by the most articles and, within each, groups
// the claims that say the same thing in the same outlet (value, qualifier, outlet), the
// groups claimed by the most articles first. Each row carries what the chart leaves out
// (quantities, groups, claims) and the range of every claim, shown or not.
export const FIGURES_COMPARE_SQL = `WITH f AS (
  SELECT f.*, ${UNIT} AS quantity, coalesce(a.outlet, f.article) AS outlet, a.published
  FROM figures f JOIN articles a ON a.id = f.article WHERE f.unit IS NOT NULL),
shared AS (
  SELECT category, quantity, min(unit) AS unit, count(DISTINCT article)::INTEGER AS quantity_articles,
    count(*)::INTEGER AS quantity_claims, min(value) AS low, max(value) AS high,
    count(DISTINCT (value, qualifier, outlet))::INTEGER AS quantity_groups
  FROM f GROUP BY category, quantity HAVING count(DISTINCT article) >= 2),
top AS (
  SELECT *, count(*) OVER ()::INTEGER AS quantities FROM shared
  ORDER BY quantity_articles DESC, category, quantity LIMIT ${COMPARE_QUANTITIES}),
g AS (
  SELECT category, quantity, value, qualifier, outlet, count(DISTINCT article)::INTEGER AS articles,
    count(*)::INTEGER AS claims, min(published) AS first, max(published) AS last, min(text) AS text,
    CASE WHEN count(DISTINCT attributed_to) = 1 THEN min(attributed_to) END AS attributed_to,
    row_number() OVER (PARTITION BY category, quantity ORDER BY count(DISTINCT article) DESC, value, qualifier, outlet) AS rank
  FROM f JOIN top USING (category, quantity) GROUP BY category, quantity, value, qualifier, outlet)
SELECT t.category, t.quantity, t.unit, g.value, g.qualifier, g.outlet, g.articles, g.claims, g.first, g.last, g.text,
  g.attributed_to, t.low, t.high, t.quantity_articles, t.quantity_claims, t.quantity_groups, t.quantities
FROM g JOIN top t USING (category, quantity)
WHERE g.rank <= ${COMPARE_GROUPS}
ORDER BY t.quantity_articles DESC, t.category, t.quantity, g.value, g.first, g.outlet, g.qualifier`;

export const PLACES_SQL = `SELECT p.actor, p.name, p.kind, p.country, p.lat, p.lon, p.gazetteer, p.matched,
  count(m.actor)::INTEGER AS mentions, count(DISTINCT m.article)::INTEGER AS articles
FROM places p LEFT JOIN mentions m ON m.actor = p.actor
WHERE p.lat IS NOT NULL
GROUP BY ALL ORDER BY mentions DESC, p.name, p.actor`;

/**
 * What the snapshot holds for each page: [sql, params] pairs, given the
 * DESCRIBE events result (the timeline's key depends on it). A CREATE is a
 * page's setup: run in order, listed under "setup", no rows kept.
 */
export function snapshotQueries(describeEvents) {
  const cluster = hasClusterIn(describeEvents);
  return {
    index: [[DESCRIBE_EVENTS, []], [CORPUS_SQL, []], [COUNTS_SQL, []], [overviewTimelineSQL(cluster), []]],
    events: [[DESCRIBE_EVENTS, []], [EVENT_OPTIONS_SQL, []], [eventDaysSQL(cluster), []],
      [EVENTS_TIMELINE_SQL, NO_EVENT_FILTER], [EVENTS_TABLE_SQL, eventsTableParams(NO_EVENT_FILTER)]],
    actors: [[ACTORS_SQL, []]],
    quotes: [[QUOTES_BY_SPEAKER_SQL, []], [QUOTES_SHOWN_SQL, ["", ""]], [QUOTES_MATRIX_SQL, []]],
    figures: [[FIGURES_COMPARE_SQL, []]],
    map: [[PLACES_SQL, []]],
    sources: [[SOURCES_LIST_SQL, []]],
  };
}

/** The snapshot's key for a query and its parameters. */
export const snapshotKey = (text, params = []) => JSON.stringify([text.trim(), params]);
