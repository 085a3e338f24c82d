import { actorsCommand } from "../actors/cli.js";

export const usage = "dossier actors --suggest <input-dir>";
export const run = actorsCommand;
