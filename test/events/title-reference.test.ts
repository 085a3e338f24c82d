import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "The king will meet Y": a description made of an office alone, opening its sentence, names the
// last person the article named holding that office. Sentences written for these tests.

/** Marked text with each person's office set as the actors stage sets a titled name's role. */
function withRoles(source: string, roles: Record<string, string>): Marked {
  const m = marked(source);
  for (const [id, role] of Object.entries(roles)) m.actors.get(id)!.role = role;
  return m;
}
const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("an office description opening a sentence", () => {
  it("is the last person named holding that office", () => {
    const m = withRoles("King {Ilka Brenmoor/person} of {M:Norland} spoke on Monday. The king will meet {Tavo Quenn/person} on Tuesday.", { "ilka-brenmoor": "King", "tavo-quenn": "President of Estovia" });
    expect(run(m)).toEqual([["AGREE", "ilka-brenmoor", "tavo-quenn"]]);
    const n = withRoles("Foreign Minister {Ilka Brenmoor/person} spoke on Monday. The minister criticised {Tavo Quenn/person}.", { "ilka-brenmoor": "Foreign Minister of Norland", "tavo-quenn": "President of Estovia" });
    expect(run(n)).toEqual([["ACCUSE", "ilka-brenmoor", "tavo-quenn"]]);
    const o = withRoles("King {Ilka Brenmoor/person} of {M:Norland} spoke on Monday. The elderly monarch, who landed on Monday, will meet {Tavo Quenn/person}.", { "ilka-brenmoor": "King", "tavo-quenn": "President of Estovia" });
    expect(run(o)).toEqual([["AGREE", "ilka-brenmoor", "tavo-quenn"]]);
  });

  it("as a possessor anywhere in the sentence", () => {
    const m = withRoles("King {Ilka Brenmoor/person} spoke on Monday. {Norland} rejected the king's demand.", { "ilka-brenmoor": "King" });
    expect(run(m)).toEqual([["REJECT", "norland", "ilka-brenmoor"]]);
  });

  it("not for an office no one named holds, nor one told with its own holder", () => {
    const m = withRoles("Foreign Minister {Ilka Brenmoor/person} spoke on Monday. The king will meet {Tavo Quenn/person} on Tuesday.", { "ilka-brenmoor": "Foreign Minister of Norland", "tavo-quenn": "President of Estovia" });
    expect(run(m)).toEqual([]);
    const n = withRoles("King {Ilka Brenmoor/person} spoke on Monday. The king of {Estovia} will meet {Tavo Quenn/person} on Tuesday.", { "ilka-brenmoor": "King", "tavo-quenn": "President of Estovia" });
    expect(run(n)).toEqual([]);
  });

  it("not inside a clause, where another holder may be meant", () => {
    const m = withRoles("President {Ilka Brenmoor/person} spoke on Monday. {Tavo Quenn/person} will meet the president on Tuesday.", { "ilka-brenmoor": "President of Norland", "tavo-quenn": "Foreign Minister of Estovia" });
    expect(run(m)).toEqual([]);
  });
});
