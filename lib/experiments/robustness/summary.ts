/**
 * The committed result of `npm run proofs:robustness` for one experiment: its verdicts over
 * N seeds at the default settings, and the hash of the definition they were measured with.
 * Pure data; lib/experiments/robustness/summaries.ts loads the files.
 */
import type { Tally } from "@/lib/experiments/robustness/tally";

export type RobustnessSummary = Tally & {
  slug: string;
  /** definitionHash(slug).hash when the seeds ran: a different hash today means the summary is stale */
  hash: string;
  /** the modules the hash covers, for whoever wonders why it changed */
  hashedFiles: string[];
  tfjs: string;
  seeds: number[];
  /** the default settings every seed ran with (the seed itself aside) */
  settings: Record<string, number>;
  backend: string;
  device: string;
  /** YYYY-MM-DD */
  date: string;
  /** median and total wall time of one run, in seconds */
  runSeconds: { median: number; total: number };
};
