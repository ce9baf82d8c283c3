import Link from "next/link";
import { count } from "@/lib/plural";

/** Previous / next page links (plain links: no JavaScript needed). */
export function Pagination({
  page,
  pages,
  href,
  total,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  total: number;
}) {
  if (pages <= 1) return null;
  const link =
    "inline-flex min-h-11 items-center rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Pages" className="mt-3 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">
        Page {page} of {pages} · {count(total, "student", "students")}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
