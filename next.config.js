// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addons: load them from node_modules at run time, never bundle them (the FSRS
  // optimizer's binding is server-only: tests/unit/architecture.test.ts keeps it out of pages).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  async headers() {
    // The CSP of the files proxy.ts never sees (its matcher skips them): the service worker (its
    // own CSP governs what it fetches), the proof worker's chunks (a worker runs under the CSP of
    // its script's response: Wasm needs 'wasm-unsafe-eval'), the manifest and icons. Pages get
    // theirs, with a nonce, from proxy.ts: a second CSP here would be enforced on top of it.
    const { contentSecurityPolicy } = await import("./lib/csp.mjs");
    const csp = [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }];
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      ...["/sw.js", "/manifest.webmanifest", "/icons/:path*", "/icon.svg", "/favicon.ico", "/tfjs/:path*"]
        .concat(["/_next/static/:path*"])
        .map((source) => ({ source, headers: csp })),
    ];
  },
};

module.exports = nextConfig;
