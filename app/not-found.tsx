import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">That page does not exist, or it is not yours to see.</p>
      <ButtonLink href="/" className="mt-5">
        Go home
      </ButtonLink>
    </div>
  );
}
