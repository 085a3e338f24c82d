import { extractActors } from "../../loaders/actors/index.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import type { ActorRow, Doc, Problem, ResolvedMention } from "../../loaders/types.js";

export function doc(id: string, text: string): Doc {
  return { id, text, published: null, sentences: splitSentences(text) };
}

export interface Run {
  actors: ActorRow[];
  mentions: ResolvedMention[];
  problems: Problem[];
  /** The actor a surface form was resolved to (first mention with that exact text). */
  actorOf(text: string, article?: string): ActorRow | undefined;
  byName(name: string): ActorRow | undefined;
}

export function run(texts: string[] | string, registryPath: string | null = null): Run {
  const list = typeof texts === "string" ? [texts] : texts;
  const problems: Problem[] = [];
  const out = extractActors(list.map((t, i) => doc(`a${i}`, t)), { registryPath, problems });
  const byId = new Map(out.actors.map((a) => [a.id, a]));
  return {
    ...out,
    problems,
    actorOf: (text, article) => {
      const m = out.mentions.find((m) => m.text === text && (!article || m.article === article));
      return m ? byId.get(m.actor) : undefined;
    },
    byName: (name) => out.actors.find((a) => a.name === name),
  };
}
