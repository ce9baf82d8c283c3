import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";

export const metadata: Metadata = { title: "Proofs" };

export default function ExperimentsPage() {
  return (
    <div>
      <PageHeader title="Proofs" lead="In-browser TensorFlow.js experiments, one per card." />
      <Panel>
        <p className="text-zinc-600 dark:text-zinc-400">The experiments are not built yet. Each card will link to its proof here.</p>
      </Panel>
    </div>
  );
}
