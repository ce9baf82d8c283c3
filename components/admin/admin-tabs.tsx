import Link from "next/link";

/** The admin pages, side by side. */
export function AdminTabs({ current }: { current: "users" | "invites" | "lti" }) {
  const tab = (href: string, label: string, on: boolean) => (
    <Link
      href={href}
      aria-current={on ? "page" : undefined}
      className={`inline-flex min-h-11 items-center rounded-xl px-4 text-sm font-semibold ${on ? "bg-accent-600 text-white" : "border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Admin" className="mb-4 flex flex-wrap gap-2">
      {tab("/admin", "Users", current === "users")}
      {tab("/admin/invites", "Instructor invites", current === "invites")}
      {tab("/admin/lti", "LMS connections", current === "lti")}
    </nav>
  );
}
