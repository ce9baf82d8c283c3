// `npm start`: migrate, seed (with demo accounts), build, and serve on http://localhost:3000.
// Works offline on the embedded SQLite file; DATABASE_URL and PORT override the defaults.
import { authSecret, buildApp, prepareDatabase, run } from "./lib.mjs";
import { copyTfjsWasm } from "./copy-tfjs-wasm.mjs";

const env = await prepareDatabase({ demo: true });
const port = process.env.PORT || "3000";
const serveEnv = { ...env, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
copyTfjsWasm(); // the experiment worker fetches the Wasm backend from public/tfjs/
if (process.env.SKIP_BUILD !== "1") await buildApp(serveEnv);
console.log(`\nServing on http://localhost:${port} — demo accounts are listed above (and in the README).\n`);
// scripts/serve.mjs, not `next start`: it tells the app the client's real address (throttles key on it).
await run(process.execPath, ["scripts/serve.mjs", "--port", port], serveEnv);
