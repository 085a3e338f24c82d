import { actorsCommand } from "../actors/cli.js";

export const run = actorsCommand;
