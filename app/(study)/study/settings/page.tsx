import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { SettingsForm } from "@/components/study/settings-form";
import { requireActor } from "@/lib/server/session";
import { getStudySettings } from "@/lib/server/study-settings";
import { getMyMemoryModel } from "@/lib/server/fsrs-learner";
import { getRetentionChoices } from "@/lib/server/fsrs-retention";
import { LEARNING_STEPS, RELEARNING_STEPS } from "@/lib/srs/scheduler";
import { MemoryModel } from "@/components/fsrs/memory-model";
import { RetentionChoices } from "@/components/fsrs/retention-choices";

export const metadata: Metadata = { title: "Study settings" };

export default async function StudySettingsPage() {
  const actor = await requireActor("/study/settings");
  const [settings, model, choices] = await Promise.all([
    getStudySettings(actor),
    getMyMemoryModel(actor),
    getRetentionChoices(actor),
  ]);
  const zones = Intl.supportedValuesOf("timeZone");
  return (
    <div className="max-w-lg">
      <PageHeader title="Study settings" lead="How your cards are scheduled (FSRS-6)." />
      <Panel>
        <SettingsForm initial={settings} zones={zones.includes("UTC") ? zones : ["UTC", ...zones]} />
      </Panel>
      <p className="mt-4 text-sm text-zinc-500 dark:text-zinc-400">
        A new card comes back after {LEARNING_STEPS.join(" and ")} before it moves to a schedule of days; a forgotten
        card comes back after {RELEARNING_STEPS.join(", ")}. Changes apply from each card’s next review.
      </p>
      <Panel className="mt-4">
        <h2 className="mb-2 font-semibold">What each retention would mean for you</h2>
        <RetentionChoices {...choices} />
      </Panel>
      <Panel className="mt-4">
        <h2 className="mb-2 font-semibold">Your memory model</h2>
        <MemoryModel model={model} timeZone={actor.timeZone} />
      </Panel>
    </div>
  );
}
