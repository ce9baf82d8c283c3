// `npm run test:cluster`: tests/cluster/ — two `next start` processes of the production build against
// one database, on SQLite and (when a server answers at TEST_POSTGRES_URL; required under CI) on
// PostgreSQL. Uses the build in .next (npm test's end-to-end step has just made it); builds one if
// there is none, or always with BUILD=1.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, buildApp, prepareDatabase, run } from "./lib.mjs";
import { copyTfjsWasm } from "./copy-tfjs-wasm.mjs";
import { missingPostgres, postgresProblem, testPostgresUrl } from "./postgres.mjs";

if (process.env.BUILD === "1" || !existsSync(join(".next", "BUILD_ID"))) {
  const url = `file:${join(mkdtempSync(join(tmpdir(), "cluster-build-")), "build.db")}`;
  const env = await prepareDatabase({ demo: false, env: { ...process.env, DATABASE_URL: url } });
  copyTfjsWasm();
  await buildApp({ ...env, NEXT_TELEMETRY_DISABLED: "1" });
}

const databases = ["sqlite"];
const problem = await postgresProblem(testPostgresUrl());
if (problem)
  missingPostgres("The PostgreSQL case of the multi-process test (npm run test:cluster)", testPostgresUrl(), problem);
else databases.push("postgresql");

await run(bin("vitest"), ["run", "--config", "vitest.cluster.config.ts", ...process.argv.slice(2)], {
  ...process.env,
  CLUSTER_DATABASES: databases.join(","),
});
