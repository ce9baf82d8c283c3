import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { currentActor } from "@/lib/server/session";

const pillars = [
  {
    title: "Study on your phone",
    body: "Nine spaced-repetition cards — the definition, five must-know facts, three review questions — scheduled with FSRS so a few minutes a day is enough.",
  },
  {
    title: "Every answer proved",
    body: "Each card links to a small TensorFlow.js model that trains in your own browser and shows the claim with measured numbers: parameters, bytes, accuracy, loss, time.",
  },
  {
    title: "Honest where the guide is loose",
    body: "Layer normalization and dropout do not remove parameters; smaller is not always better. The cards say so, and the experiments measure it.",
  },
  {
    title: "Quizzes and class progress",
    body: "Graded quizzes (with your own generated parameter-counting questions) and, for instructors, classes with join codes, progress, item statistics and exports.",
  },
];

export default async function HomePage() {
  const actor = await currentActor();
  return (
    <div className="space-y-10">
      <section className="pt-4 sm:pt-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent-600 dark:text-accent-400">
          Deep Learning Systems
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-5xl">
          Parameter efficiency,
          <br className="hidden sm:block" /> learned and proved.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-zinc-600 dark:text-zinc-400">
          How do multilayer perceptrons and deep feedforward networks reach high accuracy with few parameters — and what
          does it cost? Study the ideas in minutes a day, then run the experiment behind each one on your own device.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {actor ? (
            <ButtonLink href="/study">Continue studying</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-up">Create a free account</ButtonLink>
              <ButtonLink href="/sign-in" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
          <ButtonLink href="/experiments" variant="ghost">
            Browse the proofs →
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="what" className="grid gap-4 sm:grid-cols-2">
        <h2 id="what" className="sr-only">
          What you can do here
        </h2>
        {pillars.map((p) => (
          <div
            key={p.title}
            className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h3 className="font-semibold">{p.title}</h3>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{p.body}</p>
          </div>
        ))}
      </section>
      <p className="text-sm text-zinc-500">
        Built from the course study guide on parameter efficiency.{" "}
        {actor ? null : (
          <>
            Teaching?{" "}
            <Link className="underline" href="/sign-up">
              Create an account
            </Link>{" "}
            and ask your admin to make it an instructor account.
          </>
        )}
      </p>
    </div>
  );
}
