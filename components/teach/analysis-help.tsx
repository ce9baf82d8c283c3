import { DUBIOUS } from "@/lib/quiz/item-statistics";

/** What the columns mean and when a question is flagged (Moodle's quiz statistics definitions). */
export function AnalysisHelp() {
  return (
    <details className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
      <summary className="cursor-pointer py-1 font-medium text-zinc-800 dark:text-zinc-200">
        How to read this, and when a question is flagged
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          <strong>Facility</strong>: the mean mark as a share of the question&apos;s marks (higher = easier).{" "}
          <strong>Random guess</strong>: what a blind guess scores on average (1 ÷ options for single choice, ½ for an
          ordering, 0 for a typed answer; not estimated for multiple choice, as in Moodle) — a facility close to it
          means the question tells little.
        </li>
        <li>
          <strong>Discrimination</strong>: how well the question separates strong from weak students — the correlation
          between its mark and the rest of the test (total minus this question), ×100.
        </li>
        <li>
          <strong>Efficiency</strong>: that correlation as a share of the largest one possible given how this
          question&apos;s and the rest&apos;s marks are spread.
        </li>
        <li>
          <strong>Internal consistency</strong> (Cronbach&apos;s alpha): above 75% is satisfactory, below 64% suggests
          questions that do not measure the same thing. SD uses the sample formula. “—” means undefined (e.g. everyone
          scored the same).
        </li>
        <li>
          <strong>Skewness</strong> of the totals: 0 is symmetric, negative means a tail of low scores (most did well);
          Moodle suggests about −1.
          <strong> Kurtosis</strong> (excess): 0 for a bell curve, above 1 means totals bunched in the middle.{" "}
          <strong>Error ratio</strong>: √(1 − alpha), the share of the spread that is chance rather than ability — above
          50% the totals say little. <strong>Standard error</strong>: error ratio × SD, how far a student&apos;s total
          may sit from their “true” one.
        </li>
        <li>
          Flagged: facility below {DUBIOUS.facilityBelow * 100}% or above {DUBIOUS.facilityAbove * 100}%; discrimination
          negative or below {DUBIOUS.discriminationBelow}%; efficiency below {DUBIOUS.efficiencyBelow}% (Moodle&apos;s
          own rule). Unanswered questions count as 0.
        </li>
      </ul>
    </details>
  );
}
