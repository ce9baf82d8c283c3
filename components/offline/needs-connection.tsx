"use client";

import { PageHeader } from "@/components/ui/page";
import { buttonClass } from "@/components/ui/button";
import { useOnline } from "@/components/offline/use-online";

/** Quizzes, instructor pages and the rest need the server: say so plainly, and offer what works offline. */
export function NeedsConnection({ signedIn }: { signedIn: boolean }) {
  const online = useOnline();
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="This page needs a connection"
        lead={online ? "You are back online." : "You are offline. It will open once you are back online."}
      />
      <div className="grid gap-2">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className={buttonClass(online ? "primary" : "secondary", "min-h-12")}
        >
          Try again
        </button>
        {signedIn ? (
          <a href="/study" className={buttonClass(online ? "secondary" : "primary", "min-h-12")}>
            Review offline
          </a>
        ) : null}
      </div>
      {signedIn ? (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          Reviews work without a connection: grades wait on this device and are synced when you are back. Quiz answers
          you already typed are kept too.
        </p>
      ) : null}
    </div>
  );
}
