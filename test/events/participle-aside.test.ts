import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X, refusing to meet Y, criticised Z": a participle phrase set off by commas after the subject
// hangs on it; the verb after its closing comma is still the subject's own act. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a participle phrase between the subject and its verb", () => {
  it("does not hide the subject behind a name inside it", () => {
    expect(run(marked("{Norland}, citing a report by {Ilka Brenmoor/person}, criticised {Estovia}."))).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(run(marked("{Tavo Quenn/person}, standing beside {Ilka Brenmoor/person}, criticised {Estovia}."))).toEqual([["ACCUSE", "tavo-quenn", "estovia"]]);
  });

  it("a speech act inside it does not govern the main verb", () => {
    expect(run(marked("{Norland}, refusing to meet {Ilka Brenmoor/person}, criticised {Estovia}."))).toEqual([
      ["REJECT", "norland", "ilka-brenmoor"],
      ["ACCUSE", "norland", "estovia"],
    ]);
  });

  it("a name before a plain comma is still the subject's rival", () => {
    expect(run(marked("{Norland} met {Ilka Brenmoor/person}, then {Estovia} criticised {Sudovia}."))).toEqual([
      ["CONSULT", "norland", "ilka-brenmoor"],
      ["ACCUSE", "estovia", "sudovia"],
    ]);
  });
});
