import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppNav } from "@/components/ui/app-nav";
import { ServiceWorker } from "@/components/offline/service-worker";
import { currentActor } from "@/lib/server/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ParamLab — parameter efficiency, studied and proved", template: "%s · ParamLab" },
  description:
    "Spaced-repetition cards, in-browser TensorFlow.js proofs and graded quizzes on parameter efficiency in MLPs and deep feedforward networks.",
  icons: { icon: "/icon.svg", apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "ParamLab", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        <AppNav actor={actor} />
        <main id="main" className={`mx-auto w-full max-w-5xl px-4 pt-5 ${actor ? "pb-24 md:pb-10" : "pb-10"}`}>
          {children}
        </main>
        <ServiceWorker userId={actor?.id ?? null} />
      </body>
    </html>
  );
}
