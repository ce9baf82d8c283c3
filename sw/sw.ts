/// <reference lib="webworker" />
/**
 * ParamLab's service worker (Serwist; built after `next build` by `serwist build`, served as
 * /sw.js). What it does, and why:
 * - Precaches the app's static assets (JS, CSS, icons), so any cached page can start offline.
 * - Pages always come from the network while there is one (they are the learner's own, fresh
 *   data). Without one (for /study and /study/review also after a few seconds of nothing, if the
 *   device has the learner's snapshot), a navigation gets the offline shell
 *   (/offline, kept for the signed-in learner): on /study and /study/review it rebuilds the
 *   dashboard and the review from the snapshot in IndexedDB; elsewhere it says the page needs a
 *   connection. A proof page (/experiments/…) is kept from the last visit instead.
 * - After a proof page was opened once, TensorFlow.js's worker chunk and Wasm files are cached,
 *   so the proof runs without a connection.
 * - Background Sync: queued grades are sent when the connection returns, even with no tab open.
 * - Updates: skipWaiting + clientsClaim, and the page offers "new version — reload"
 *   (components/offline/service-worker.tsx), so nobody is stranded on an old version.
 * No eval, no inline script: it fits a CSP with `worker-src 'self'`.
 */
import type { PrecacheEntry, RouteHandlerCallbackOptions, SerwistGlobalConfig, SerwistPlugin } from "serwist";
import { CacheFirst, ExpirationPlugin, Serwist } from "serwist";
import { createGradeOutbox, gradeQueue, type Op } from "@/lib/srs/grade-outbox";
import { openOutboxStore } from "@/lib/offline/open-outbox";
import { webLock } from "@/lib/offline/web-lock";
import { setSignedIn, signedIn } from "@/lib/offline/signed-in";
import { loadSnapshot } from "@/lib/offline/snapshot-store";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
/** Set by serwist.config.mjs: this build's id, and the assets a proof needs that are too big to precache for everyone. */
declare const __BUILD_ID__: string;
declare const __PROOF_ASSETS__: string[];

const SHELL_URL = "/offline";
const SHELL_CACHE = `shell-${__BUILD_ID__}`;
const PROOF_PAGES = "proof-pages";
const PROOF_ASSETS = `proof-assets-${__BUILD_ID__}`;
/** How long a study page waits for the network before the device's own copy is used (if it has one). */
const NETWORK_TIMEOUT_MS = 6000;

const isProofPage = (path: string) => path === "/experiments" || path.startsWith("/experiments/");

/** The page fetched for the offline shell: for whoever is signed in (redirect "manual": a signed-out answer is never kept as theirs). */
async function warmShell() {
  const res = await fetch(SHELL_URL, { credentials: "same-origin", redirect: "manual", cache: "no-store" });
  if (res.ok) await (await caches.open(SHELL_CACHE)).put(SHELL_URL, res);
}

async function warmProofAssets() {
  const cache = await caches.open(PROOF_ASSETS);
  const missing = [];
  for (const url of __PROOF_ASSETS__) if (!(await cache.match(url))) missing.push(url);
  await Promise.all(missing.map((url) => cache.add(url).catch(() => undefined)));
}

const sleep = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/** The device can study offline: the signed-in learner's snapshot is here (lib/offline/snapshot-store.ts). */
async function canStudyOffline(): Promise<boolean> {
  const userId = await signedIn().catch(() => null);
  return !!userId && !!(await loadSnapshot(userId).catch(() => null));
}

/**
 * The network's answer; for the study pages, if it is slow and the device can study offline,
 * the offline shell instead (studying never waits on "lie-fi"). Other pages wait for the
 * network: their offline stand-in only says they need it.
 */
async function fromNetwork(request: Request, study: boolean): Promise<Response | "shell"> {
  const answer = fetch(request);
  if (!study) return answer;
  answer.catch(() => undefined); // a late failure after the shell was chosen is not an error
  const first = await Promise.race([answer, sleep(NETWORK_TIMEOUT_MS)]);
  if (first) return first;
  return (await canStudyOffline()) ? "shell" : answer;
}

/** Used only if even the shell is missing (never signed in on this device, or its cache was cleared). */
const BARE_OFFLINE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · ParamLab</title><body><main><h1>You are offline</h1><p>This page needs a connection. Reload when you are back online.</p><p><a href="/study">Study</a></p></main></body></html>`;

async function page({ request, url, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const proof = isProofPage(url.pathname);
  const study = url.pathname === "/study" || url.pathname === "/study/review";
  try {
    const res = await fromNetwork(request, study);
    if (res === "shell") throw new Error("slow network");
    if (proof && res.ok && !res.redirected) {
      const copy = res.clone();
      event.waitUntil(
        caches
          .open(PROOF_PAGES)
          .then((c) => c.put(request, copy))
          .then(warmProofAssets)
          .catch(() => undefined),
      );
    }
    return res;
  } catch {
    const kept = proof ? await caches.match(request, { cacheName: PROOF_PAGES }) : undefined;
    return (
      kept ??
      (await caches.match(SHELL_URL, { cacheName: SHELL_CACHE })) ??
      new Response(BARE_OFFLINE, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } })
    );
  }
}

/**
 * A Web Worker's script answered from a cache would carry the cache's URL, without the
 * `#params=…` Turbopack starts it with ("Missing worker bootstrap config"): hand it over as a
 * fresh response, so the worker keeps the URL it was started with.
 */
const keepWorkerUrl: SerwistPlugin = {
  // `event` is an InstallEvent, with no request, when the precache checks its entries during an
  // update: a throw here was swallowed by Serwist's install and left every update "installing".
  cachedResponseWillBeUsed: ({ event, cachedResponse }) =>
    cachedResponse && (event as Partial<FetchEvent> | undefined)?.request?.destination === "worker"
      ? new Response(cachedResponse.body, {
          status: cachedResponse.status,
          statusText: cachedResponse.statusText,
          headers: cachedResponse.headers,
        })
      : cachedResponse,
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // Turbopack starts a Web Worker as turbopack-worker-<hash>.js?params=…: still the precached file.
  precacheOptions: { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^params$/], plugins: [keepWorkerUrl] },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && request.mode === "navigate" && !url.pathname.startsWith("/api/"),
      handler: page,
    },
    {
      // The proof's TensorFlow.js assets (and any static chunk not precached): immutable for a build.
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith("/tfjs/") || url.pathname.startsWith("/_next/static/")),
      handler: new CacheFirst({
        cacheName: PROOF_ASSETS,
        plugins: [keepWorkerUrl, new ExpirationPlugin({ maxEntries: 64 })],
      }),
    },
  ],
});

/** Sends the signed-in learner's queued grades (the same outbox code as the page, under the same lock). */
async function syncGrades() {
  const userId = await signedIn().catch(() => null);
  if (!userId) return; // nobody signed in: the grades wait for their learner
  const queue = gradeQueue(userId);
  const outbox = createGradeOutbox({
    store: openOutboxStore<Op>(queue),
    fetch: (u, i) => fetch(u, i),
    lock: webLock(queue),
    // Open pages showing numbers (OutboxFlusher) refresh: their server render may predate these grades.
    onDrained: () =>
      void self.clients
        .matchAll({ type: "window" })
        .then((tabs) => tabs.forEach((t) => t.postMessage({ type: "grades-synced" }))),
  });
  const done = await outbox.flush();
  outbox.stop();
  if (!done) throw new Error("grades still waiting"); // the browser tries again later
}

self.addEventListener("install", (event) => event.waitUntil(warmShell().catch(() => undefined)));
self.addEventListener("activate", (event) => {
  // Caches of older builds go; the shell is fetched again for this build's assets.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter(
              (k) =>
                (k.startsWith("shell-") && k !== SHELL_CACHE) || (k.startsWith("proof-assets-") && k !== PROOF_ASSETS),
            )
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => warmShell())
      .catch(() => undefined),
  );
});

/** A proof page opened before this worker controlled it (the very first visit): keep it and its assets now. */
async function keepProof(url: string) {
  const cache = await caches.open(PROOF_PAGES);
  if (!(await cache.match(url))) await cache.add(new Request(url, { credentials: "same-origin" }));
  await warmProofAssets();
}

let announced: string | null | undefined;
self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; userId?: unknown } | null;
  if (data?.type !== "session") return;
  const from = event.source && "url" in event.source ? new URL(event.source.url) : null;
  if (from && isProofPage(from.pathname)) event.waitUntil(keepProof(from.href).catch(() => undefined));
  const userId = typeof data.userId === "string" ? data.userId : null;
  if (userId === announced) return;
  announced = userId;
  // Who was signed in before: at a sign-out their kept proof pages (rendered with their menu) go.
  event.waitUntil(
    signedIn()
      .catch(() => null)
      .then(async (before) => {
        await setSignedIn(userId).catch(() => undefined);
        if (before && before !== userId) await caches.delete(PROOF_PAGES);
        await warmShell();
      })
      .catch(() => undefined),
  );
});

self.addEventListener("sync", (event) => {
  const e = event as ExtendableEvent & { tag?: string };
  if (e.tag === "paramlab-grades") e.waitUntil(syncGrades());
});

serwist.addEventListeners();
