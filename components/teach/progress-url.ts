import type { ProgressQuery, ProgressSort } from "@/lib/validation/classes";

/** The dashboard URL for a table state; defaults are left out so links stay short. */
export function progressHref(classId: string, query: ProgressQuery, change: Partial<ProgressQuery> = {}) {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.q) params.set("q", q.q);
  if (q.sort !== "name") params.set("sort", q.sort);
  if (q.dir !== "asc") params.set("dir", q.dir);
  if (q.page > 1) params.set("page", String(q.page));
  const s = params.toString();
  return `/teach/classes/${classId}${s ? `?${s}` : ""}#students`;
}

/** Clicking a column sorts by it; clicking it again flips the direction. Numbers start high-first. */
export function sortHref(classId: string, query: ProgressQuery, sort: ProgressSort) {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : sort === "name" ? "asc" : "desc";
  return progressHref(classId, query, { sort, dir, page: 1 });
}
