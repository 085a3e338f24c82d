import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { transformSync } from "esbuild";
import { init, parse } from "es-module-lexer";
import { describe, expect, it } from "vitest";

// The layers of loaders/, bottom first: a module imports only from its own layer
// or below, and no chain of imports comes back to where it started. Imports are
// read by es-module-lexer (Vite's), static, dynamic and type-only alike: a type
// imported from above ties a stage to the layer above as much as a value does.
const LAYERS: string[][] = [
  ["types.ts", "version.js", "text/"],
  ["ingest/", "corrections/"],
  // The stages: pure functions from text to rows.
  ["clean/", "actors/", "dates/", "quotes/", "figures/", "events/"],
  ["article.ts", "article/"],
  ["store/"],
  ["parallel/"],
  ["plan/", "pipeline.ts"],
  ["tables/", "corpus/"],
  ["commands/"],
  ["cli.ts"],
];


const layerOf = (file: string) => LAYERS.findIndex((l) => l.some((p) => (p.endsWith("/") ? file.startsWith(p) : file === p)));

// es-module-lexer reads JavaScript, and TypeScript's "x! / y" looks to it like a
// regular expression: esbuild strips the types first, keeping every value import
// as written (verbatimModuleSyntax); the type-only statements it drops are read
// from the source.
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*?\sfrom\s*["']([^"']+)["']/gm;

function importsOf(file: string): string[] {
  const source = readFileSync(join("loaders", file), "utf8");
  const js = transformSync(source, { loader: file.endsWith(".ts") ? "ts" : "js", format: "esm", tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } } }).code;
  const [imports] = parse(js, file);
  return [...imports.flatMap((i) => (i.n ? [i.n] : [])), ...[...source.matchAll(TYPE_ONLY)].map((m) => m[1]!)];
}

async function importGraph(): Promise<Map<string, string[]>> {
  await init;
  const files = readdirSync("loaders", { recursive: true }).map(String).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const local = importsOf(file).flatMap((n) => (n.startsWith(".") ? [normalize(join(dirname(file), n))] : []));
    // Sources import each other by their .js names; the file is the .ts beside it when there is one.
    graph.set(file, local.map((to) => (to.endsWith(".js") && existsSync(join("loaders", to.replace(/\.js$/, ".ts"))) ? to.replace(/\.js$/, ".ts") : to)));
  }
  return graph;
}

/** Strongly connected components of more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const out: string[][] = [];
  let n = 0;
  const visit = (v: string) => {
    index.set(v, n), low.set(v, n++), stack.push(v), on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) visit(w), low.set(v, Math.min(low.get(v)!, low.get(w)!));
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do (w = stack.pop()!), on.delete(w), scc.push(w);
    while (w !== v);
    if (scc.length > 1) out.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("loaders/ layers", () => {
  it("places every module in a layer, and every import goes down or sideways", async () => {
    const graph = await importGraph();
    expect(graph.size).toBeGreaterThan(50);
    expect([...graph.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
    const upward = [...graph].flatMap(([from, tos]) => tos.filter((to) => layerOf(to) > layerOf(from)).map((to) => `${from} → ${to}`));
    expect(upward).toEqual([]);
  });

  it("has no import cycle", async () => {
    const found = cycles(await importGraph());
    expect(found).toEqual([]);
  });

  it("finds an upward import and a cycle when there is one", () => {
    const graph = new Map([["clean/a.ts", ["plan/b.ts"]], ["plan/b.ts", ["clean/a.ts"]]]);
    expect(layerOf("plan/b.ts")).toBeGreaterThan(layerOf("clean/a.ts"));
    expect(cycles(graph)).toEqual([["clean/a.ts", "plan/b.ts"]]);
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]]]))).toEqual([]);
  });
});
