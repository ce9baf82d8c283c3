// Shared by the start, dev and test-server scripts: run a command, fail loudly.
import { spawn } from "node:child_process";
import { mkdirSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, resolve } from "node:path";
import { databaseProvider, databaseUrl } from "../lib/db-url.mjs";

export function run(cmd, args, env = process.env) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: "inherit", env, shell: false });
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
    child.on("error", fail);
  });
}

export const bin = (name) => resolve("node_modules", ".bin", name);

/** The production build: Next.js, then the service worker from its output (serwist.config.mjs). */
export async function buildApp(env = process.env) {
  await run(bin("next"), ["build"], env);
  await run(bin("serwist"), ["build", "serwist.config.mjs"], env);
}

/**
 * Applies migrations and seeds the content (and demo accounts). On SQLite it first creates the
 * file's folder and turns on WAL; a PostgreSQL database must exist already (createdb).
 */
export async function prepareDatabase({ demo, env = process.env }) {
  const url = databaseUrl(env);
  const sqlite = databaseProvider(url) === "sqlite";
  const file = sqlite ? resolve(url.replace(/^file:/, "")) : null;
  if (file) mkdirSync(dirname(file), { recursive: true });
  const childEnv = { ...env, DATABASE_URL: url };
  await run(bin("prisma"), ["migrate", "deploy"], childEnv);
  if (file) {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(file);
    db.pragma("journal_mode = WAL"); // readers never wait for the writer; persists in the file
    db.close();
  }
  await run(bin("tsx"), ["prisma/seed.ts", ...(demo ? ["--demo"] : [])], childEnv);
  return childEnv;
}

/** AUTH_SECRET from the environment, else one made once and kept beside the database. */
export function authSecret(env = process.env) {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = resolve("data", ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
