import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { listMyClasses } from "@/lib/server/classes";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { formatJoinCode } from "@/lib/classes/join-code";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const actor = await requireActor("/teach");
  if (!canTeach(actor)) return <InstructorsOnly />;
  const classes = await listMyClasses(actor);
  const now = new Date();
  // An LMS-only teacher (a "student" account teaching LMS classes) gets their LMS classes here,
  // not the app-wide powers: creating classes and writing questions need the instructor role.
  const instructor = actor.role === "instructor";
  return (
    <div className="space-y-5">
      <PageHeader
        title="Your classes"
        lead={
          instructor
            ? "Create a class, share its join code, and follow your students' study and quiz progress."
            : "The classes you teach through your LMS: assign quizzes and follow your students' study and quiz progress."
        }
        actions={
          <>
            <ButtonLink href="/teach/quizzes" variant="secondary">
              Your quizzes
            </ButtonLink>
            {instructor ? (
              <ButtonLink href="/teach/questions" variant="secondary">
                Your questions
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {classes.length === 0 ? (
        <Panel>
          <p className="text-zinc-600 dark:text-zinc-400">
            {instructor
              ? "You have no classes yet. Create your first one below."
              : "You teach no class here at the moment. Open ParamLab from your LMS course to teach it."}
          </p>
        </Panel>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Classes">
          {classes.map((c) => {
            const expired = c.joinCodeExpiresAt !== null && c.joinCodeExpiresAt <= now;
            return (
              <li key={c.id}>
                <Link
                  href={`/teach/classes/${c.id}`}
                  className="block h-full rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm transition hover:border-accent-400 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <span className="block text-lg font-semibold break-words">{c.name}</span>
                  <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
                    <span>{count(c.studentCount, "student", "students")}</span>
                    <span>
                      code{" "}
                      <code className="font-mono font-semibold text-zinc-900 dark:text-zinc-100">
                        {formatJoinCode(c.joinCode)}
                      </code>
                      {expired ? <span className="ml-1 text-red-700 dark:text-red-300">(expired)</span> : null}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {instructor ? (
        <Panel>
          <h2 className="mb-3 font-semibold">Create a class</h2>
          <CreateClassForm />
        </Panel>
      ) : (
        <Panel>
          <h2 className="mb-1 font-semibold">Why no &ldquo;Create a class&rdquo;?</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            You teach here through your LMS, which gives you the classes of your LMS courses only. Creating classes of
            your own and writing your own questions need the instructor role: ask an admin.
          </p>
        </Panel>
      )}
    </div>
  );
}
