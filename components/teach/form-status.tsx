import type { FormState } from "@/lib/server/action";

/** The outcome line under a small instructor form (role=status for success, alert for errors). */
export function FormStatus({ state }: { state: FormState }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        {state.error}
      </p>
    );
  return state.message ? (
    <p role="status" className="text-sm text-green-700 dark:text-green-300">
      {state.message}
    </p>
  ) : null;
}
