import { days } from "@/components/fsrs/format";
import type { ClassMemoryModel } from "@/lib/server/fsrs-class";

/** Per card, the class's average memory state: the lowest stability is what the class forgets fastest. */
export function CardMemoryTable({ cards }: { cards: ClassMemoryModel["cards"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm tabular-nums">
        <caption className="pb-2 text-left text-xs text-zinc-600 dark:text-zinc-400">
          Cards past their learning steps, forgotten fastest first. Stability: days until recall falls to 90%.
          Difficulty: 1 (easy) to 10 (hard).
        </caption>
        <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 font-medium">
              Card
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Students
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Stability
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Difficulty
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Lapses
            </th>
          </tr>
        </thead>
        <tbody>
          {cards.map((c) => (
            <tr key={c.id} className="border-t border-zinc-100 dark:border-zinc-800">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {c.title}
              </th>
              <td className="py-1 text-right">{c.students}</td>
              <td className="py-1 text-right">{days(c.stability)}</td>
              <td className="py-1 text-right">{c.difficulty === null ? "–" : c.difficulty.toFixed(1)}</td>
              <td className="py-1 text-right">{c.lapses === null ? "–" : c.lapses.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
