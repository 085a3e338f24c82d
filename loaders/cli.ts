import * as actors from "./commands/actors.js";
import * as extract from "./commands/extract.js";

/** A subcommand: `run` returns the exit status; `usage` is one line. */
interface Command {
  usage: string;
  run(args: string[]): number | Promise<number>;
}

// One module per command under commands/; add a line here to register one.
const COMMANDS: Record<string, Command> = { extract, actors };

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    const pkg = (await import("../package.json", { with: { type: "json" } })).default;
    console.log(pkg.version);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.values(COMMANDS).map((c) => `  ${c.usage}`).join("\n");
    console.error(`${name && name !== "--help" ? `dossier: unknown command "${name}"\n` : ""}usage:\n${usage}`);
    return name === "--help" ? 0 : 2;
  }
  return command.run(rest);
}
