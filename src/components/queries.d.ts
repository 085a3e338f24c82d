// Types for queries.js (plain JavaScript so the report's pages load it as it is).
export const DESCRIBE_EVENTS: string;
export function hasClusterIn(describe: Record<string, unknown>[]): boolean;
export const CORPUS_SQL: string;
export const COUNTS_SQL: string;
export function overviewTimelineSQL(hasCluster: boolean): string;
export const EVENT_OPTIONS_SQL: string;
export const EVENT_FILTER: string;
export const NO_EVENT_FILTER: string[];
export function eventsTimelineSQL(hasCluster: boolean): string;
export const ACTORS_SQL: string;
export const SOURCES_LIST_SQL: string;
export const SPEAKER: string;
export const QUOTES_SQL: string;
export const QUOTES_SHOWN_SQL: string;
export const FIGURES_COMPARE_SQL: string;
export const PLACES_SQL: string;
export function snapshotQueries(describeEvents: Record<string, unknown>[]): Record<string, [string, unknown[]][]>;
export function snapshotKey(text: string, params?: unknown[]): string;
