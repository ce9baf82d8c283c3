import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { ClassHeader } from "@/components/teach/class-header";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RemoveStudentForm, RestoreStudentForm } from "@/components/teach/roster-actions";
import { orNotFound } from "@/lib/server/page";
import { getRoster } from "@/lib/server/classes";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { count } from "@/lib/plural";
import { LmsRosterSync } from "@/components/teach/lms-roster-sync";
import { rosterSyncStatus } from "@/lib/server/lti/roster";
import { listClassTeachers } from "@/lib/server/class-teachers";

export const metadata: Metadata = { title: "Roster" };

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function RosterPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/teach/classes/${id}/roster`);
  if (!canTeach(actor)) return <InstructorsOnly />;
  const { cls, active, removed } = await orNotFound(getRoster(actor, id));
  const created = (await searchParams).created === "1";
  const [lms, teachers] = await Promise.all([rosterSyncStatus(actor, id), listClassTeachers(actor, id)]);
  return (
    <div className="space-y-4">
      <ClassHeader classId={id} name={cls.name} current="roster" lead={count(active.length, "student", "students")} />
      {lms ? <LmsRosterSync classId={id} status={lms} /> : null}
      {teachers.length > 1 || lms ? (
        <Panel>
          <h2 className="font-semibold">Teachers</h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Everyone listed sees and manages this class.{" "}
            {lms ? "The LMS course's instructors are added and removed by the roster sync." : null}
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Teachers of this class">
            {teachers.map((t) => (
              <li key={t.id} className="rounded-full border border-zinc-200 px-3 py-1 text-sm dark:border-zinc-700">
                {t.name}
                {t.owner ? <span className="ml-1 text-xs text-zinc-500">(owner)</span> : null}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      {created ? (
        <p
          role="status"
          className="rounded-xl border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          Class created. Share the code or the link below with your students.
        </p>
      ) : null}
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <JoinCodePanel classId={cls.id} joinCode={cls.joinCode} expiresAt={cls.joinCodeExpiresAt} />
        <Panel>
          <h2 className="font-semibold">Students</h2>
          {active.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-500">Nobody has joined yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Students in this class">
              {active.map((s) => (
                <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                  <Link href={`/teach/classes/${id}/students/${s.id}`} className="min-w-0 py-1">
                    <span className="block truncate font-medium text-accent-700 dark:text-accent-400">{s.name}</span>
                    <span className="block truncate text-xs text-zinc-500">
                      {s.email} · joined {day.format(s.joinedAt)}
                    </span>
                  </Link>
                  <RemoveStudentForm classId={id} studentId={s.id} name={s.name} />
                </li>
              ))}
            </ul>
          )}
          {removed.length ? (
            <>
              <h3 className="mt-5 text-sm font-semibold text-zinc-600 dark:text-zinc-400">Removed</h3>
              <ul className="mt-1 divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Removed students">
                {removed.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0">
                      <span className="block truncate text-zinc-600 dark:text-zinc-400">{s.name}</span>
                      <span className="block truncate text-xs text-zinc-500">removed {day.format(s.removedAt)}</span>
                    </span>
                    <RestoreStudentForm classId={id} studentId={s.id} name={s.name} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Panel>
      </div>
    </div>
  );
}
