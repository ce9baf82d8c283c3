import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { listMyEnrollments } from "@/lib/server/class-membership";
import { requireActor } from "@/lib/server/session";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Classes" };

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function ClassesPage({
  searchParams,
}: {
  searchParams: Promise<{ joined?: string; already?: string }>;
}) {
  const actor = await requireActor("/classes");
  if (actor.role === "instructor") {
    return (
      <div>
        <PageHeader title="Classes" />
        <Panel>
          <p className="text-zinc-600 dark:text-zinc-400">
            Instructors do not join classes as students. Your own classes are under{" "}
            <a href="/teach" className="font-semibold text-accent-700 underline dark:text-accent-400">
              Teach
            </a>
            .
          </p>
        </Panel>
      </div>
    );
  }
  const classes = await listMyEnrollments(actor);
  const { joined, already } = await searchParams;
  const landed = classes.find((c) => c.id === (joined ?? already));
  return (
    <div className="space-y-5">
      <PageHeader
        title="Classes"
        lead="Join your instructor's class to share your study progress and take its quizzes."
      />
      {landed ? (
        <p
          role="status"
          className="rounded-xl border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {joined ? `You joined ${landed.name}.` : `You are already in ${landed.name}.`}
        </p>
      ) : null}
      <Panel>
        <h2 className="mb-3 font-semibold">Join a class</h2>
        <JoinClassForm />
      </Panel>
      <section aria-labelledby="my-classes">
        <h2 id="my-classes" className="mb-2 text-lg font-semibold">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <p className="text-sm text-zinc-500">You are not in a class yet.</p>
        ) : (
          <ul className="space-y-2" aria-label="Your classes">
            {classes.map((c) => (
              <li
                key={c.id}
                className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
              >
                <p className="font-semibold">{c.name}</p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {c.instructorName} · joined {day.format(c.joinedAt)} · {count(c.quizCount, "quiz", "quizzes")}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-zinc-500">
          Your instructor sees your card progress, review history, proof runs and quiz results for as long as you are in
          their class.
        </p>
      </section>
    </div>
  );
}
