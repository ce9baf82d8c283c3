import Link from "next/link";
import type { Actor } from "@/lib/server/actor";
import { BottomNavLink, TopNavLink, type NavItem } from "@/components/ui/nav-link";

export function navItems(actor: Actor | null): NavItem[] {
  if (!actor) return [];
  const items: NavItem[] = [
    { href: "/study", label: "Study", icon: "study", match: ["/study", "/decks", "/stats"] },
    { href: "/experiments", label: "Proofs", icon: "proof", match: ["/experiments"] },
    { href: "/quizzes", label: "Quizzes", icon: "quiz", match: ["/quizzes"] },
  ];
  // A person who teaches only through an LMS (a "student" account) gets Teach too: it lists their LMS classes.
  items.push(
    actor.role === "instructor" || actor.teachesClasses
      ? { href: "/teach", label: "Teach", icon: "teach", match: ["/teach"] }
      : { href: "/classes", label: "Classes", icon: "classes", match: ["/classes"] },
  );
  items.push({ href: "/account", label: "Account", icon: "account", match: ["/account", "/admin"] });
  return items;
}

/** Top bar on every screen; the links move to a bottom tab bar on phones (thumb reach). */
export function AppNav({ actor }: { actor: Actor | null }) {
  const items = navItems(actor);
  return (
    <>
      <header
        data-app-chrome=""
        className="sticky top-0 z-30 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85"
      >
        <div className="mx-auto flex h-14 max-w-5xl items-center gap-4 px-4">
          <Link href={actor ? "/study" : "/"} className="flex items-center gap-2 font-bold tracking-tight">
            {/* eslint-disable-next-line @next/next/no-img-element -- a 28px SVG: nothing for next/image to optimize, and its client code would load on every page */}
            <img src="/icon.svg" alt="" width={28} height={28} />
            <span>ParamLab</span>
          </Link>
          <nav aria-label="Main" className="ml-auto hidden items-center gap-1 md:flex">
            {items.map((item) => (
              <TopNavLink key={item.href} item={item} />
            ))}
          </nav>
          {!actor ? (
            <div className="ml-auto flex items-center gap-2">
              <Link
                href="/sign-in"
                className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded-lg bg-accent-600 px-3 py-2 text-sm font-semibold text-white hover:bg-accent-700"
              >
                Sign up
              </Link>
            </div>
          ) : null}
        </div>
      </header>
      {items.length ? (
        <nav
          aria-label="Main"
          data-app-chrome=""
          className="fixed inset-x-0 bottom-0 z-30 flex border-t border-zinc-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden dark:border-zinc-800 dark:bg-zinc-950/95"
        >
          {items.map((item) => (
            <BottomNavLink key={item.href} item={item} />
          ))}
        </nav>
      ) : null}
    </>
  );
}
