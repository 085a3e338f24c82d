import { describe, expect, it } from "vitest";
import { quotesWith } from "./helpers.js";

// Speakers given by an age, a trade written before a name, a surname-only speaker's sex, a
// sentence after the quotation that names its speaker, and a crowd's chant. Every sentence here
// is invented.

const speakers = (text: string, people: string[][]) => quotesWith(text, people).map((q) => [q.text, q.speaker]);

describe("a speaker by age", () => {
  it("'\"It was hard,\" said the 30-year-old.' is the person the story is about", () => {
    const text = 'Ivo Marek won the race on Sunday.\n\n"It was hard," said the 30-year-old, who turns professional next year.';
    expect(speakers(text, [["Ivo Marek", "Marek"]])).toEqual([["It was hard,", "ivo-marek"]]);
  });
});

describe("a trade the article gave someone before a name", () => {
  it("'Striker Ivo Marek …' then 'the striker said' credits Marek, not the goalkeeper named since", () => {
    const text = 'Striker Ivo Marek scored twice. Goalkeeper Lars Dein made five saves.\n\n"I was lucky today," the striker said.';
    expect(speakers(text, [["Ivo Marek", "Marek"], ["Lars Dein", "Dein"]])).toEqual([["I was lucky today,", "ivo-marek"]]);
  });

  it("'the pilot said' with no pilot named stays as written", () => {
    const text = 'Ivo Marek owned the plane. "The engine just stopped," the pilot said.';
    expect(quotesWith(text, [["Ivo Marek", "Marek"]]).map((q) => [q.speaker, q.speaker_text])).toEqual([[null, "the pilot"]]);
  });
});

describe("a pronoun's sex after a speaker written by surname", () => {
  it("'Fenn denies the charges. \"…,\" she said' passes over Karl Fenn for Judge Mary Holt", () => {
    const text = 'Judge Mary Holt ruled on Tuesday that the trial of Karl Fenn would go ahead.\n\nFenn denies the charges.\n\n"The court has heard enough," she said.';
    expect(speakers(text, [["Mary Holt", "Holt"], ["Karl Fenn", "Fenn"]])).toEqual([["The court has heard enough,", "mary-holt"]]);
  });
});

describe("the speaker named in the paragraph after", () => {
  it("'\"…\" ¶ That was the message from rebel leader Odo Pell' and 'With those words, …' credit the one named", () => {
    const a = '"We will not give up the port."\n\nThat was the message from rebel leader Odo Pell on Sunday.';
    const b = '"We will not give up the port."\n\nWith those words, rebel leader Odo Pell ended the talks.';
    expect(speakers(a, [["Odo Pell", "Pell"]])).toEqual([["We will not give up the port.", "odo-pell"]]);
    expect(speakers(b, [["Odo Pell", "Pell"]])).toEqual([["We will not give up the port.", "odo-pell"]]);
  });

  it("'That was the view of many in Dorn, where Odo Pell lives' names no speaker", () => {
    const text = '"We will not give up."\n\nThat was the view of many in Dorn, where Odo Pell lives.';
    expect(speakers(text, [["Odo Pell", "Pell"]])).toEqual([["We will not give up.", null]]);
  });
});

describe("a crowd's chant", () => {
  it("'Chants from the crowd of \"Down With the Fees\"' is a quotation with nobody by name, not a title", () => {
    const text = 'Ann Ode spoke in Dorn on Monday.\n\nChants from the crowd of "Down With the Fees", and bottles thrown at the stage, cut the rally short.';
    expect(speakers(text, [["Ann Ode", "Ode"]])).toEqual([["Down With the Fees", null]]);
  });
});
