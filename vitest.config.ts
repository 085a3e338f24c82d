import { defineConfig } from "vitest/config";

// Two projects: the loaders' unit and property tests (fast, run anywhere), and the
// browser test that builds the report and drives Chromium (slow, needs /usr/bin/chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "node_modules/**"],
          // CLI tests spawn `dossier` (a few seconds each on a busy 2-core machine): a cap, not a speed test.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
