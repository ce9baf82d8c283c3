import type { Metadata } from "next";
import { Panel } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { ClassHeader } from "@/components/teach/class-header";
import { CalibrationChart } from "@/components/fsrs/calibration-chart";
import { CardMemoryTable } from "@/components/fsrs/card-memory-table";
import { ClassPrior } from "@/components/fsrs/class-prior";
import { JobButton } from "@/components/fsrs/job-button";
import { when } from "@/components/fsrs/format";
import { requestClassCalibrationAction } from "@/lib/actions/fsrs";
import { getClassMemoryModel } from "@/lib/server/fsrs-class";
import { orNotFound } from "@/lib/server/page";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Class memory model" };

export default async function ClassMemoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/teach/classes/${id}/memory`);
  if (!canTeach(actor)) return <InstructorsOnly />;
  const m = await orNotFound(getClassMemoryModel(actor, id));
  const cal = m.calibration;
  return (
    <div className="space-y-4">
      <ClassHeader
        classId={id}
        name={m.cls.name}
        current="memory"
        lead={`${m.students} student${m.students === 1 ? "" : "s"}`}
      />
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-2">
        <Panel>
          <h2 className="mb-1 font-semibold">How well the schedules predict recall</h2>
          {cal ? (
            <>
              <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
                Measured {when(cal.computedAt, actor.timeZone)} on {cal.report.students} students;{" "}
                {cal.report.notOnDefaults} use weights other than the defaults.
              </p>
              <CalibrationChart report={cal.report} inUseLabel="Each student's weights in use" />
            </>
          ) : (
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Not measured yet.</p>
          )}
          {m.jobs.calibration ? (
            <p role="status" className="mt-2 text-sm">
              A measurement is {m.jobs.calibration === "running" ? "running now" : "queued"}.
            </p>
          ) : null}
          <div className="mt-3">
            <JobButton
              action={requestClassCalibrationAction}
              classId={id}
              label={cal ? "Measure again" : "Measure now"}
              pendingLabel="Queuing…"
            />
          </div>
        </Panel>
        <Panel>
          <h2 className="mb-1 font-semibold">Class weights</h2>
          <ClassPrior model={m} timeZone={actor.timeZone} />
        </Panel>
      </div>
      <Panel>
        <h2 className="mb-2 font-semibold">Which facts the class forgets fastest</h2>
        <CardMemoryTable cards={m.cards} />
      </Panel>
    </div>
  );
}
