import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  await requireActor("/quizzes");
  return (
    <div>
      <PageHeader title="Quizzes" />
      <Panel>
        <p className="text-zinc-600 dark:text-zinc-400">Quizzes are not built yet.</p>
      </Panel>
    </div>
  );
}
