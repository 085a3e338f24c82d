// Run before the tests: the browser test drives Debian's Chromium. On a fresh
// Debian machine (as root) it is installed here; otherwise this stops at once
// with the one command to run, instead of a cryptic launch error later.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.error(`dossier: ${path} is missing; installing Debian's chromium (apt-get update && apt-get install -y chromium)`);
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } else {
    console.error(`dossier: the browser test needs Chromium at ${path}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
    process.exit(1);
  }
}
