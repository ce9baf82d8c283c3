import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { listMyClasses } from "@/lib/server/classes";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const actor = await requireActor("/teach");
  if (actor.role !== "instructor") return <InstructorsOnly />;
  const classes = await listMyClasses(actor);
  return (
    <div>
      <PageHeader title="Your classes" lead="Create a class, share its join code, and follow your students' study and quiz progress." />
      {classes.length === 0 ? (
        <Panel>
          <p className="text-zinc-600 dark:text-zinc-400">You have no classes yet.</p>
        </Panel>
      ) : (
        <ul className="space-y-3">
          {classes.map((c) => (
            <li key={c.id}>
              <Panel>
                <p className="font-semibold">{c.name}</p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {c.studentCount} students · join code <code>{c.joinCode}</code>
                </p>
              </Panel>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
