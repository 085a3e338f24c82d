import { describe, expect, it } from "vitest";
import { mention, quotes } from "./helpers.js";

// Speakers in long, many-voiced stories: attribution verbs that are speech only next to a
// quotation, "he" after a clause whose subject comes after a country, a company's short name that
// is no person. Every sentence here is invented.

describe("verbs that report speech only beside a quotation", () => {
  it("'\"…,\" worries <name>' and 'But, he notes, \"…\"' credit the one named", () => {
    const text = 'The talks resumed on Monday. If they fail, "the cost could be high," worries former envoy Tomas Rell. But, he notes, "If everything falls apart, that is no problem."';
    const ms = [mention(text, "Tomas Rell", "tomas-rell", "person")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["tomas-rell", "tomas-rell"]);
  });
  it("a noun 'notes' and a verb 'worries' with no quotation beside them credit nobody", () => {
    const text = 'Ana Velez read her notes aloud. The plan worries Ivo Marek. "We leave at dawn," said Piet Dorn.';
    const ms = [mention(text, "Ana Velez", "ana-velez", "person"), mention(text, "Ivo Marek", "ivo-marek", "person"), mention(text, "Piet Dorn", "piet-dorn", "person")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["piet-dorn"]);
  });
});

describe("'went on to add'", () => {
  it("'He went on to add that \"…\"' continues the speaker before, not the one named after", () => {
    const text = 'Gen. Piet Arno told his troops that their goal is to "free the valley." He went on to add that "you will end this war." Foreign Minister Lena Voss said on Sunday that the vote "makes peace easier."';
    const ms = [mention(text, "Piet Arno", "piet-arno", "person"), mention(text, "Lena Voss", "lena-voss", "person")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["piet-arno", "piet-arno", "lena-voss"]);
  });
});

describe("a clause's subject after a country", () => {
  it("'<country> has been …, and <name> has …' makes the name the one a following 'he' continues", () => {
    const text = 'In 1997, President Ivo Marek told Ana Velez he could live with the plan.\n\nVarnland has been wary of the reactions of Ostia to its membership of the league, and Piet Dorn has gone out of his way to calm them. "We want trade to grow," he said last year.';
    const ms = [mention(text, "Ivo Marek", "ivo-marek", "person"), mention(text, "Ana Velez", "ana-velez", "person"), mention(text, "Varnland", "varnland", "country"), mention(text, "Ostia", "ostia", "country"), mention(text, "Piet Dorn", "piet-dorn", "person")];
    expect(quotes(text, ms)[0]!.speaker).toBe("piet-dorn");
  });
});

describe("a company's short name", () => {
  it("'Harlow announced' (the first word of Harlow-Pine Co.) is no person a later 'he' continues", () => {
    const text = '"Delays are normal," said Rob Tilden, director of Harlow-Pine Co.\'s lab. Harlow announced last week that it would ship a machine. "These flaws do not touch our plans," he said.';
    const ms = [mention(text, "Rob Tilden", "rob-tilden", "person"), mention(text, "Harlow-Pine Co.", "harlow-pine", "organization")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["rob-tilden", "rob-tilden"]);
  });
});

describe("a name after an office", () => {
  it("'said security adviser <name>' is one person a later 'he' continues, whatever kind the name was given", () => {
    const text = '"We lost the war," said Ana Velez. "It could be costly," worries former security adviser Tomas Rell. But, he notes, "Nobody will pay."';
    const ms = [mention(text, "Ana Velez", "ana-velez", "person"), mention(text, "Tomas Rell", "tomas-rell", "organization")];
    expect(quotes(text, ms).map((q) => q.speaker)).toEqual(["ana-velez", "tomas-rell", "tomas-rell"]);
  });
});

describe("the one spoken to", () => {
  it("'said that he remembered being asked to \"…\"' credits the one who said it", () => {
    const text = 'The envoy to Varnland, Tomas Rell, who then sat on the council, said Friday that he remembered being asked to help "make this hope a plan."';
    const ms = [mention(text, "Varnland", "varnland", "country"), mention(text, "Tomas Rell", "tomas-rell", "person")];
    expect(quotes(text, ms)[0]!.speaker).toBe("tomas-rell");
  });
});

describe("a participle that modifies a noun", () => {
  it("'<name> said that the resolutions condemning X \"…\"' credits the one who said it", () => {
    const text = 'Foreign Minister Lena Voss said on Sunday that the resolutions condemning the raid on Dorn "make peace much easier."';
    const ms = [mention(text, "Lena Voss", "lena-voss", "person"), mention(text, "Dorn", "dorn", "place")];
    expect(quotes(text, ms)[0]!.speaker).toBe("lena-voss");
  });
  it("'… said, adding \"…\"' after a comma still speaks", () => {
    const text = 'Ivo Marek said the talks had failed, adding "we will try again."';
    const ms = [mention(text, "Ivo Marek", "ivo-marek", "person")];
    expect(quotes(text, ms)[0]!.speaker).toBe("ivo-marek");
  });
});

describe("a copy of a document", () => {
  it("'\"…,\" said a <language> version of the letter' is nobody by name, not a person of the paragraph before", () => {
    const text = 'The party paper printed a letter from the boy\'s grandmothers to Judge Ana Velez and Commissioner Ivo Marek.\n\n"Nothing can match the value of a family," said a Varnese version of the letter, dated Feb. 4.';
    const ms = [mention(text, "Ana Velez", "ana-velez", "person"), mention(text, "Ivo Marek", "ivo-marek", "person")];
    const [q] = quotes(text, ms);
    expect([q!.speaker, q!.speaker_text]).toEqual([null, "a Varnese version of the letter"]);
  });
});
