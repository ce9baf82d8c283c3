import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { RoleForm } from "@/components/admin/role-form";
import { Badge, PageHeader, Panel } from "@/components/ui/page";
import { Button } from "@/components/ui/button";
import { listUsers } from "@/lib/server/admin-users";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Admin: users" };

const ROLE_LABEL: Record<string, string> = { admin: "Admin", instructor: "Instructor", student: "Student" };

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const actor = await requireActor("/admin");
  if (!actor.admin) return <AdminsOnly />;
  const sp = await searchParams;
  const list = await listUsers(actor, { q: sp.q, page: Number(sp.page) || 1 });
  const pageHref = (p: number) =>
    `/admin?${new URLSearchParams({ ...(list.q ? { q: list.q } : {}), page: String(p) }).toString()}`;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Admin"
        lead="Who may teach: instructors are granted here, never chosen at sign-up."
        actions={
          <Link href="/admin/lti" className="inline-flex min-h-11 items-center font-semibold underline">
            LMS connections
          </Link>
        }
      />
      <form role="search" className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          Search by name or email
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={list.q}
          placeholder="Search by name or email"
          className="block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        {list.total === 1 ? "1 account" : `${list.total} accounts`}
        {list.q ? ` matching “${list.q}”` : ""}
      </p>
      <ul className="space-y-2" aria-label="Accounts">
        {list.users.map((u) => (
          <li key={u.id}>
            <Panel className="flex flex-wrap items-center justify-between gap-3">
              <div className="min-w-0">
                <p className="font-semibold">
                  {u.name}{" "}
                  <Badge tone={u.role === "student" ? "zinc" : "accent"}>{ROLE_LABEL[u.role] ?? "Student"}</Badge>
                </p>
                <p className="break-all text-sm text-zinc-600 dark:text-zinc-400">{u.email}</p>
              </div>
              {u.id !== actor.id && (u.role === "student" || u.role === "instructor") ? (
                <RoleForm userId={u.id} name={u.name} role={u.role} />
              ) : null}
            </Panel>
          </li>
        ))}
      </ul>
      {list.pages > 1 ? (
        <nav aria-label="Pages" className="mt-3 flex items-center justify-between text-sm">
          {list.page > 1 ? (
            <Link href={pageHref(list.page - 1)} className="inline-flex min-h-11 items-center font-semibold underline">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {list.page} of {list.pages}
          </span>
          {list.page < list.pages ? (
            <Link href={pageHref(list.page + 1)} className="inline-flex min-h-11 items-center font-semibold underline">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
