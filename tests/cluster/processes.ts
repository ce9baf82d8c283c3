// Real `next start` processes for the multi-process test: the production build in .next, started
// as a department would (scripts/start-cluster.mjs does the same), on loopback ports of our own.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

export type AppProcess = { base: string; child: ChildProcess; log: string[] };

export async function startApp(port: number, env: Record<string, string | undefined>): Promise<AppProcess> {
  const child = spawn(resolve("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  child.stdout.on("data", (c) => log.push(String(c)));
  child.stderr.on("data", (c) => log.push(String(c)));
  const app = { base: `http://127.0.0.1:${port}`, child, log };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited:\n${log.join("")}`);
    const ok = await fetch(`${app.base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return app;
    if (Date.now() > deadline) throw new Error(`next start on ${port} never answered /api/health:\n${log.join("")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function stopApp(app: AppProcess | undefined) {
  if (!app || app.child.exitCode !== null) return;
  const exited = new Promise((r) => app.child.once("exit", r));
  app.child.kill("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(r, 5_000, false))]);
  if (!stopped) app.child.kill("SIGKILL");
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

/** Signs in over HTTP exactly as the browser's form does (Auth.js credentials); returns the session cookie. */
export async function signIn(base: string, email: string, password: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/study` }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token="));
  return { status: res.status, cookie: session ?? null, location: res.headers.get("location") };
}

export function postJson(base: string, path: string, cookie: string, body: unknown) {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify(body),
  });
}

export async function page(base: string, path: string, cookie?: string) {
  const res = await fetch(`${base}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}
