import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";

export const metadata: Metadata = { title: "Proof" };

export default async function ExperimentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <div>
      <PageHeader title="Proof coming soon" lead={`Experiment “${slug}”`} />
      <Panel>
        <p className="text-zinc-600 dark:text-zinc-400">This experiment is not built yet: no numbers are shown until a real run measures them.</p>
      </Panel>
    </div>
  );
}
