import { Badge } from "@/components/ui/page";
import { FLAG_TEXT, type ItemFlag, type ItemStat } from "@/lib/quiz/item-statistics";
import { formatPercent } from "@/lib/classes/format";

type Item = ItemStat & {
  id: string;
  position: number;
  points: number;
  type: string;
  prompt: string;
  randomGuess: number | null;
};

function Flags({ flags }: { flags: ItemFlag[] }) {
  if (!flags.length) return <span className="sr-only">no flags</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((f) => (
        <Badge key={f} tone={f === "negative_discrimination" ? "red" : "amber"}>
          {FLAG_TEXT[f]}
        </Badge>
      ))}
    </span>
  );
}

/** Per question: random guess score, facility, SD, discrimination index and efficiency (as %), dubious ones flagged. */
export function ItemAnalysisTable({ items }: { items: Item[] }) {
  const num = "px-2 py-2 text-right tabular-nums";
  return (
    <>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">Item analysis per question</caption>
          <thead className="border-b border-zinc-200 text-left text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-2 pr-2">
                #
              </th>
              <th scope="col" className="px-2">
                Question
              </th>
              <th scope="col" className="px-2 text-right">
                Marks
              </th>
              <th scope="col" className="px-2 text-right">
                Random guess
              </th>
              <th scope="col" className="px-2 text-right">
                Facility
              </th>
              <th scope="col" className="px-2 text-right">
                SD
              </th>
              <th scope="col" className="px-2 text-right">
                Discrimination
              </th>
              <th scope="col" className="px-2 text-right">
                Efficiency
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {items.map((it) => (
              <tr key={it.id} className={it.flags.length ? "bg-amber-50/60 dark:bg-amber-950/20" : ""}>
                <td className="py-2 pr-2 align-top tabular-nums">{it.position}</td>
                <td className="max-w-md px-2 py-2 align-top">
                  <span className="block">{it.prompt}</span>
                  <span className="text-xs text-zinc-500">{it.type}</span> <Flags flags={it.flags} />
                </td>
                <td className={num}>{it.points}</td>
                <td className={num}>{formatPercent(it.randomGuess)}</td>
                <td className={num}>{formatPercent(it.facility)}</td>
                <td className={num}>{formatPercent(it.sd)}</td>
                <td className={num}>{formatPercent(it.discrimination, 100)}</td>
                <td className={num}>{formatPercent(it.efficiency, 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="space-y-2 md:hidden" aria-label="Item analysis per question">
        {items.map((it) => (
          <li
            key={it.id}
            className={`rounded-xl border p-3 text-sm ${it.flags.length ? "border-amber-300 bg-amber-50/60 dark:border-amber-800 dark:bg-amber-950/20" : "border-zinc-200 dark:border-zinc-800"}`}
          >
            <p>
              <span className="font-semibold">Q{it.position}.</span> {it.prompt}
            </p>
            <dl className="mt-2 grid grid-cols-3 gap-1 text-center">
              {(
                [
                  ["Guess", formatPercent(it.randomGuess)],
                  ["Facility", formatPercent(it.facility)],
                  ["SD", formatPercent(it.sd)],
                  ["Discr.", formatPercent(it.discrimination, 100)],
                  ["Effic.", formatPercent(it.efficiency, 100)],
                  ["Marks", String(it.points)],
                ] as const
              ).map(([k, v]) => (
                <div key={k} className="rounded-lg bg-zinc-50 py-1 dark:bg-zinc-800/60">
                  <dt className="text-xs text-zinc-600 dark:text-zinc-400">{k}</dt>
                  <dd className="font-semibold tabular-nums">{v}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-2">
              <Flags flags={it.flags} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
