// The seven tables of ../shared/CONTRACT.md, as TypeScript rows, plus the
// per-article document every stage reads. Extend by adding fields; never
// rename or remove one: pages, tests and score-gold.mjs read these names.

export type ActorKind = "person" | "organization" | "country" | "place" | "group";
export type Qualifier = "exact" | "approx" | "up_to" | "at_least" | "more_than" | "less_than";
export type FigureCategory =
  | "people" | "military_units" | "weapons" | "money" | "duration" | "count" | "percent" | "other";
export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface ArticleRow {
  id: string;
  file: string;
  sha256: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
  text: string;
  words: number;
  boilerplate: string[];
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  country: string | null;
  role: string | null;
  mentions: number;
  articles: number;
}

export interface MentionRow {
  article: string;
  actor: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface FigureRow {
  id: string;
  article: string;
  value: number;
  text: string;
  qualifier: Qualifier;
  unit: string | null;
  category: FigureCategory;
  actor: string | null;
  attributed_to: string | null;
  start: number;
  end: number;
  /** The reporter's note when data/corrections.csv changed this row (an added column). */
  correction?: string | null;
}

export interface QuoteRow {
  id: string;
  article: string;
  speaker: string | null;
  speaker_text: string | null;
  text: string;
  kind: "direct" | "partial";
  verb: string | null;
  start: number;
  end: number;
  correction?: string | null;
}

export interface EventRow {
  id: string;
  article: string;
  type: PloverType;
  mode: string | null;
  trigger: string;
  source: string | null;
  target: string | null;
  place: string | null;
  date: string | null;
  date_text: string | null;
  negated: boolean;
  start: number;
  end: number;
  correction?: string | null;
  /** Extends the contract: who acted when the source is a group the text does not name ("rebels"), else null. */
  source_text?: string | null;
}

export interface DateRow {
  article: string;
  text: string;
  value: string;
  start: number;
  end: number;
}

export interface Tables {
  articles: ArticleRow[];
  actors: ActorRow[];
  mentions: MentionRow[];
  figures: FigureRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  dates: DateRow[];
}
export type TableName = keyof Tables;
export const TABLE_NAMES: TableName[] = ["articles", "actors", "mentions", "figures", "quotes", "events", "dates"];

/** A sentence of `Doc.text`: `text.slice(start, end)`; `index` counts from 0. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Part of the headline, kept as the text's first paragraph: its names are mentions, but its events restate the body's (clean/index.ts). */
  headline?: true;
  /** A line of data, not prose: a dateline, a table's row (clean/datalines.ts). Its names are mentions; figures skip it. */
  data?: true;
}

/** What every stage after `clean` reads: one article's cleaned text and its metadata. */
export interface Doc {
  id: string;
  text: string;
  published: string | null;
  sentences: Sentence[];
}

/**
 * A resolved actor mention inside one article, as the actors stage hands it
 * to figures, quotes and events: `actor` is the ActorRow id.
 */
export interface ResolvedMention extends MentionRow {
  kind: ActorKind;
}

/** One problem with one input, printed as a single line: "<file>: <message>". */
export interface Problem {
  file: string;
  message: string;
  level: "error" | "warning";
}
