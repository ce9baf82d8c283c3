import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// `npm run test:cluster` (scripts/test-cluster.mjs): real `next start` processes of the production
// build, so neither part of `npm run test:unit` nor run per file on a fresh database.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/cluster/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
