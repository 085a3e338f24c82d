import { extractEvents } from "../../loaders/events/index.js";
import { slug } from "../../loaders/text/ids.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import type { ActorKind, ActorRow, DateRow, Doc, EventRow, ResolvedMention } from "../../loaders/types.js";

// Builds the inputs of the events stage from marked-up text, so that tests do not
// depend on the actors and dates stages:
//   {S:Japan}            a mention, expected as the event's source (kind country by default)
//   {T:Orvel Dane/person}  expected target; {P:Kyiv/place} expected place; {M:Russia} any other mention
//   /person is someone holding an office (the actor row has a role, as a titled name gets);
//   /civilian is a person with no office, who cannot be an event's source
//   {D:last week=2024-11} a date row with its resolved value
//   {Kyiv/place@UKR}     "@ISO" sets the actor's country

export interface Marked {
  doc: Doc;
  mentions: ResolvedMention[];
  actors: Map<string, ActorRow>;
  dates: DateRow[];
  /** Expected roles by letter: S, T, P (actor ids). */
  roles: Record<string, string>;
}

const MARK = /\{(?:([STPM]):)?([^{}=/@]+?)(?:\/(person|civilian|organization|country|place|group))?(?:@([A-Z]{3}))?\}|\{D:([^{}=]+)=([^{}]+)\}/g;

export function marked(source: string, id = "t"): Marked {
  let text = "";
  let last = 0;
  const mentions: ResolvedMention[] = [];
  const dates: DateRow[] = [];
  const actors = new Map<string, ActorRow>();
  const roles: Record<string, string> = {};
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    last = m.index! + m[0].length;
    const start = text.length;
    if (m[5] !== undefined) {
      text += m[5];
      dates.push({ article: id, text: m[5], value: m[6]!, start, end: text.length });
      continue;
    }
    const name = m[2]!;
    const civilian = m[3] === "civilian";
    const kind = (civilian ? "person" : m[3] ?? "country") as ActorKind;
    text += name;
    const actor = slug(name.replace(/^the\s+/i, ""));
    if (!actors.has(actor)) {
      const role = kind === "person" && !civilian ? "official" : null;
      actors.set(actor, { id: actor, name, kind, aliases: [], country: m[4] ?? null, role, mentions: 0, articles: 1 });
    }
    actors.get(actor)!.mentions++;
    mentions.push({ article: id, actor, start, end: text.length, text: name, sentence: 0, kind });
    if (m[1] && m[1] !== "M") roles[m[1]] ??= actor;
  }
  text += source.slice(last);
  const sentences = splitSentences(text);
  for (const m of mentions) m.sentence = sentences.findIndex((s) => m.start >= s.start && m.end <= s.end);
  return { doc: { id, text, published: null, sentences }, mentions, actors, dates, roles };
}

/** Adds a country actor (for host lookups) that the text does not mention. */
export function withCountry(m: Marked, name: string, iso: string): Marked {
  const id = slug(name);
  m.actors.set(id, { id, name, kind: "country", aliases: [], country: iso, role: null, mentions: 0, articles: 1 });
  return m;
}

/** The events stage's rows for marked-up text. */
export function eventsIn(source: string): EventRow[] {
  const m = marked(source);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates);
}

/** Each event of marked-up text as [type, source, target]. */
export const triples = (source: string) => eventsIn(source).map((e) => [e.type, e.source, e.target]);
