// `node scripts/prepare-db.mjs [--demo]`: the database half of `npm start` (used by `npm run dev`).
import { prepareDatabase } from "./lib.mjs";

await prepareDatabase({ demo: process.argv.includes("--demo") });
