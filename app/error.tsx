"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Nothing you did was lost. Try again in a moment.</p>
      <Button onClick={reset} className="mt-5">
        Try again
      </Button>
    </div>
  );
}
