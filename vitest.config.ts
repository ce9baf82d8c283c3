import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // 'server-only' throws outside a React Server Component bundle; tests import the data layer directly.
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // Integration tests each open their own SQLite file; experiments train real models on the cpu backend.
    // These limits only catch hangs: the experiment suites train real models in beforeAll, which
    // took over 120 s on a loaded 2-core machine (speed is measured in tests/bench, not here).
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Each test file gets its own database: SQLite by default, PostgreSQL under TEST_DATABASE=postgresql.
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-db.ts"],
    // next-auth imports "next/server" without an extension, which Node's own ESM loader cannot
    // resolve; run it through Vite instead (this also lets a test stand in for next/headers).
    server: { deps: { inline: ["next-auth"] } },
  },
});
