#!/usr/bin/env node
// Starts the CLI from the JavaScript mirror of loaders/ when one matches the
// sources (made by the first run that starts workers, loaders/parallel/mirror.ts):
// tsx's loader is most of a quick rebuild's start (docs/performance.md).
// Otherwise runs the TypeScript through tsx, so there is no separate compile step.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { extractorVersion, LOADERS } from "../loaders/version.js";

const mirrored = join(LOADERS, "..", ".dossier-cache", "js", extractorVersion(), "loaders", "cli.js");
let cli;
if (!process.env.DOSSIER_NO_MIRROR && existsSync(mirrored)) {
  process.env.DOSSIER_ENTRY = "mirror";
  cli = await import(pathToFileURL(mirrored).href);
} else {
  process.env.DOSSIER_ENTRY = "tsx";
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../loaders/cli.ts");
}
process.exitCode = await cli.main(process.argv.slice(2));
