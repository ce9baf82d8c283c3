import { Badge } from "@/components/ui/page";
import { formatDay, formatNumber } from "@/lib/classes/format";
import { localDayKey } from "@/lib/time/local-day";
import { STATE_NAMES } from "@/lib/srs/snapshot";
import { count } from "@/lib/plural";

export const RATING_LABELS = ["", "Again", "Hard", "Good", "Easy"] as const;
const STATE_TONES = ["zinc", "amber", "green", "red"] as const;

type CardRow = {
  title: string;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
};

/** One student's FSRS card states: a table on a laptop, a list on a phone. */
export function StudentCards({ cards, timeZone }: { cards: CardRow[]; timeZone: string }) {
  if (!cards.length) return <p className="text-sm text-zinc-500">No card studied yet.</p>;
  const day = (d: Date | null) => (d ? formatDay(localDayKey(d, timeZone)) : "—");
  return (
    <>
      <table className="hidden w-full text-sm md:table">
        <thead className="border-b border-zinc-200 text-left text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-2">
              Card
            </th>
            <th scope="col" className="px-2">
              State
            </th>
            <th scope="col" className="px-2">
              Due
            </th>
            <th scope="col" className="px-2 text-right">
              Stability (d)
            </th>
            <th scope="col" className="px-2 text-right">
              Difficulty
            </th>
            <th scope="col" className="px-2 text-right">
              Reviews
            </th>
            <th scope="col" className="px-2 text-right">
              Lapses
            </th>
            <th scope="col" className="pl-2">
              Last review
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {cards.map((c) => (
            <tr key={c.title}>
              <td className="py-2 pr-2 font-medium">{c.title}</td>
              <td className="px-2">
                <Badge tone={STATE_TONES[c.state] ?? "zinc"}>{STATE_NAMES[c.state] ?? c.state}</Badge>
              </td>
              <td className="px-2 whitespace-nowrap">{c.state === 0 ? "—" : day(c.due)}</td>
              <td className="px-2 text-right tabular-nums">{formatNumber(c.stability, 1)}</td>
              <td className="px-2 text-right tabular-nums">{formatNumber(c.difficulty, 1)}</td>
              <td className="px-2 text-right tabular-nums">{c.reps}</td>
              <td className="px-2 text-right tabular-nums">{c.lapses}</td>
              <td className="pl-2 whitespace-nowrap">{day(c.lastReview)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-zinc-100 md:hidden dark:divide-zinc-800">
        {cards.map((c) => (
          <li key={c.title} className="py-2 text-sm">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{c.title}</span>
              <Badge tone={STATE_TONES[c.state] ?? "zinc"}>{STATE_NAMES[c.state] ?? c.state}</Badge>
            </div>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              Due {c.state === 0 ? "—" : day(c.due)} · stability {formatNumber(c.stability, 1)} d ·{" "}
              {count(c.reps, "review", "reviews")} · {count(c.lapses, "lapse", "lapses")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
