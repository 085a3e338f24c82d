import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Run in a process of its own: whether a package is loaded is process-wide state.
const SCRIPT = `
import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/loaders/ingest/frontmatter.ts");
const path = require.resolve("gray-matter");
const { splitFrontMatter } = await import(process.cwd() + "/loaders/ingest/frontmatter.ts");
const plain = splitFrontMatter("The council of Varnholm met on Tuesday.\\n");
const before = path in require.cache;
const front = splitFrontMatter("---\\ntitle: Estovia votes\\noutlet: The Varnholm Post\\n---\\nThe vote was held.\\n");
console.log(JSON.stringify({ before, after: path in require.cache, plain: plain.body, title: front.meta.title, outlet: front.meta.outlet, body: front.body }));
`;

describe("front matter", () => {
  it("loads gray-matter only for an article that has front matter, and reads it as before", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      before: false,
      after: true,
      plain: "The council of Varnholm met on Tuesday.\n",
      title: "Estovia votes",
      outlet: "The Varnholm Post",
      body: "The vote was held.\n",
    });
  });
});
