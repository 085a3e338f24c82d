#!/usr/bin/env node
// Starts the CLI from the bundle of loaders/ built for these sources (bin/bundle.js,
// built here on the first run after a change): tsx's loader would be most of a
// quick rebuild's start. When no bundle can be built (a read-only checkout), or
// with DOSSIER_NO_BUNDLE set, runs the TypeScript through tsx.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

/** A V8 flag set for the whole process (workers read it too) before any stage runs, unless the command line gives it, in either sense. */
const byDefault = (name, flag) => {
  if (!process.execArgv.some((a) => a.replace(/^--no-/, "--").startsWith(name))) setFlagsFromString(flag);
};
// V8 optimises a function once it has run a budget of bytecode. At the default
// budget a batch command optimises hundreds of lukewarm functions, in both the
// main thread's isolate and each worker's, on compiler threads that compete
// with the extraction for the same cores; a larger budget optimises only the hot ones.
byDefault("--interrupt-budget", "--interrupt-budget=500000");
// A regex is compiled to bytecode at its first run, then to native code at a later
// one (V8's tier-up): V8's peephole pass over that bytecode cost more than the few
// runs it speeds, and most of the 1,500 patterns run only a few times in a short
// command, so they are interpreted for their first ten runs, not one. Neither
// changes what a pattern matches.
byDefault("--regexp-peephole", "--no-regexp-peephole-optimization");
byDefault("--regexp-tier-up-ticks", "--regexp-tier-up-ticks=10");

let cli;
if (!process.env.DOSSIER_NO_BUNDLE) {
  try {
    const dir = await (await import("./bundle.js")).bundle();
    cli = await import(pathToFileURL(join(dir, "cli.js")).href);
    process.env.DOSSIER_ENTRY = "bundle";
  } catch {
    cli = undefined;
  }
}
if (!cli) {
  process.env.DOSSIER_ENTRY = "tsx";
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../loaders/cli.ts");
}
process.exitCode = await cli.main(process.argv.slice(2));
