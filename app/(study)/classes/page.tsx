import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  await requireActor("/classes");
  return (
    <div>
      <PageHeader title="Classes" />
      <Panel>
        <p className="text-zinc-600 dark:text-zinc-400">Joining a class is not built yet.</p>
      </Panel>
    </div>
  );
}
