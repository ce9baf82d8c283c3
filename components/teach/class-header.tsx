import Link from "next/link";
import type { ReactNode } from "react";

type Tab = "progress" | "roster" | "memory";

/** Class title, a way back, and the class tabs. */
export function ClassHeader({
  classId,
  name,
  current,
  lead,
  actions,
  back,
}: {
  classId: string;
  name: string;
  current?: Tab;
  lead?: ReactNode;
  actions?: ReactNode;
  back?: { href: string; label: string };
}) {
  const tabs: [Tab, string, string][] = [
    ["progress", "Progress", `/teach/classes/${classId}`],
    ["roster", "Roster & join code", `/teach/classes/${classId}/roster`],
    ["memory", "Memory model", `/teach/classes/${classId}/memory`],
  ];
  return (
    <header className="mb-5">
      <Link
        href={back?.href ?? "/teach"}
        className="inline-flex min-h-11 items-center text-sm font-medium text-accent-700 hover:underline dark:text-accent-400"
      >
        ← {back?.label ?? "All classes"}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{name}</h1>
          {lead ? <p className="mt-1 text-zinc-600 dark:text-zinc-400">{lead}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {current ? (
        <nav aria-label="Class sections" className="mt-4 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
          {tabs.map(([key, label, href]) => (
            <Link
              key={key}
              href={href}
              aria-current={current === key ? "page" : undefined}
              className={
                "-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold " +
                (current === key
                  ? "border-accent-600 text-accent-700 dark:border-accent-400 dark:text-accent-400"
                  : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100")
              }
            >
              {label}
            </Link>
          ))}
        </nav>
      ) : null}
    </header>
  );
}
