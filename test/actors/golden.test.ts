import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { extractActors } from "../../loaders/actors/index.js";
import { expectGolden } from "../util/golden.js";
import { doc } from "./helpers.js";

// Two articles written for this test; no registry, so the snapshot shows what the
// extractor does on its own. Review a `-changed` file before accepting it.
const dir = "test/fixtures/actors";
const names = ["baltic-drills", "football-and-business"];

describe("golden actors and mentions", () => {
  it("matches the reviewed snapshot for the two fixture articles", () => {
    const docs = names.map((n) => doc(n, readFileSync(`${dir}/${n}.txt`, "utf8")));
    const { actors, mentions } = extractActors(docs, { problems: [] });
    expectGolden(`${dir}/golden/actors.json`, actors);
    expectGolden(`${dir}/golden/mentions.json`, mentions.map((m) => `${m.article} ${m.sentence} ${m.start}-${m.end} ${m.text} → ${m.actor} (${m.kind})`));
  });
});
