// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addons: load them from node_modules at run time, never bundle them (the FSRS
  // optimizer's binding is server-only: tests/unit/architecture.test.ts keeps it out of pages).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
