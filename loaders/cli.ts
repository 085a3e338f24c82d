/** A subcommand module: `run` returns the exit status. */
interface Command {
  run(args: string[]): number | Promise<number>;
}

// One module per command under commands/, loaded only when called: the
// extraction stages load gazetteers and models, which `--help` should not wait for.
const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  extract: {
    usage: "dossier extract <input-dir> --out <dir> [--format json|parquet|both] [--jobs N] [--shard k/n] [--cache <dir>] [--registry data/actors.csv] [--quiet]",
    load: () => import("./commands/extract.js"),
  },
  add: {
    usage: "dossier add <file-or-folder>... [--outlet O] [--published YYYY-MM-DD] [--url U] [--title T] [--byline B] [--dry-run]",
    load: () => import("./commands/add.js"),
  },
  check: { usage: "dossier check [--corpus data/articles] [--registry data/actors.csv] [--corrections data/corrections.csv]", load: () => import("./commands/check.js") },
  merge: { usage: "dossier merge <parts-dir>... --out <dir> [--format json|parquet|both] [--jobs N] [--registry data/actors.csv] [--corrections data/corrections.csv] [--quiet]", load: () => import("./commands/merge.js") },
  actors: { usage: "dossier actors --suggest <input-dir>", load: () => import("./commands/actors.js") },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    // Read from the source tree: this module may run from the bundle (bin/bundle.js).
    const [{ readFileSync }, { join }, { LOADERS }] = await Promise.all([import("node:fs"), import("node:path"), import("./version.js")]);
    console.log((JSON.parse(readFileSync(join(LOADERS, "..", "package.json"), "utf8")) as { version: string }).version);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.values(COMMANDS).map((c) => `  ${c.usage}`).join("\n");
    console.error(`${name && name !== "--help" ? `dossier: unknown command "${name}"\n` : ""}usage:\n${usage}`);
    return name === "--help" ? 0 : 2;
  }
  return (await command.load()).run(rest);
}
