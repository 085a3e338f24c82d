import { describe, expect, it } from "vitest";
import { extractActors } from "../../loaders/actors/index.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import type { Doc } from "../../loaders/types.js";

// A bare surname names someone in the news when the article was written. Articles written for
// these tests, with invented people; no registry.
const dated = (id: string, published: string | null, text: string): Doc => ({ id, text, published, sentences: splitSentences(text) });

function run(docs: Doc[]) {
  const out = extractActors(docs, { registryPath: null, problems: [] });
  const byId = new Map(out.actors.map((a) => [a.id, a]));
  const actorOf = (text: string, article: string) => byId.get(out.mentions.find((m) => m.text === text && m.article === article)?.actor ?? "");
  return { ...out, actorOf };
}

describe("a bare surname across articles", () => {
  const full = "Governor Henrietta Calloway opened the new bridge on Monday.\n\nHenrietta Calloway said traffic would ease.\n";
  const bare = "President Calloway vetoed the budget on Tuesday.\n\nCalloway said the deficit was too large.\n";

  it("joins a full name printed within a few years of it", () => {
    const r = run([dated("a1", "2019-03-02", full), dated("a2", "2021-06-10", bare)]);
    expect(r.actorOf("Calloway", "a2")?.name).toBe("Henrietta Calloway");
  });

  it("does not join a full name printed a decade away; the bare name is its own person", () => {
    const r = run([dated("a1", "2009-03-02", bare), dated("a2", "2021-06-10", full)]);
    const who = r.actorOf("Calloway", "a1");
    expect(who?.name).toBe("Calloway");
    expect(who?.kind).toBe("person");
    expect(r.actorOf("Henrietta Calloway", "a2")?.articles).toBe(1);
  });

  it("keeps joining across articles when either date is unknown", () => {
    const r = run([dated("a1", null, bare), dated("a2", "2021-06-10", full)]);
    expect(r.actorOf("Calloway", "a1")?.name).toBe("Henrietta Calloway");
  });

  it("prefers the full name in the bare name's own article over a person known by that word elsewhere", () => {
    const r = run([dated("a1", "2009-03-02", bare), dated("a2", "2021-06-10", `${full}\nCalloway thanked the engineers.\n`), dated("a3", "2010-01-05", bare)]);
    expect(r.actorOf("Calloway", "a2")?.name).toBe("Henrietta Calloway");
    // The other articles' bare name stays one person, apart from her.
    expect(r.actorOf("Calloway", "a3")?.id).toBe(r.actorOf("Calloway", "a1")?.id);
    expect(r.actorOf("Calloway", "a3")?.id).not.toBe(r.actorOf("Henrietta Calloway", "a2")?.id);
  });
});
