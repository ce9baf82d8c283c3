"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon, type IconName } from "@/components/ui/icons";

export type NavItem = { href: string; label: string; icon: IconName; match: string[] };

function isActive(pathname: string, item: NavItem) {
  return item.match.some((m) => pathname === m || pathname.startsWith(m + "/"));
}

export function TopNavLink({ item }: { item: NavItem }) {
  const active = isActive(usePathname(), item);
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={
        "rounded-lg px-3 py-2 text-sm font-medium transition " +
        (active
          ? "bg-accent-100 text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
          : "text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800")
      }
    >
      {item.label}
    </Link>
  );
}

export function BottomNavLink({ item }: { item: NavItem }) {
  const active = isActive(usePathname(), item);
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={
        "flex min-h-14 flex-1 flex-col items-center justify-center gap-0.5 text-[11px] font-medium " +
        (active ? "text-accent-600 dark:text-accent-400" : "text-zinc-500 dark:text-zinc-400")
      }
    >
      <Icon name={item.icon} className="h-6 w-6" />
      {item.label}
    </Link>
  );
}
