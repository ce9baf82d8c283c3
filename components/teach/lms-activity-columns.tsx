"use client";

import { useActionState } from "react";
import { linkQuizToActivityAction } from "@/lib/actions/lti";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";

export type ActivityColumns = { current: string | null; free: { id: string; title: string }[] };

/**
 * The gradebook columns the LMS made for this course's activities (Moodle: every ParamLab
 * activity; Canvas: assignments), offered to an unlinked quiz instead of a new column.
 */
export function LmsActivityColumns({
  classId,
  quizId,
  columns,
  linked,
}: {
  classId: string;
  quizId: string;
  columns: ActivityColumns;
  linked: boolean;
}) {
  const [state, action, pending] = useActionState(linkQuizToActivityAction, null);
  // Stays mounted once the quiz is linked (the page re-renders then), so the outcome line stays.
  const offer = linked ? [] : columns.free;
  if (offer.length === 0 && !state) return null;
  return (
    <div className="mt-2 space-y-1" data-testid="lms-activity-columns">
      {offer.length ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Or use the column the LMS made for an activity:</p>
      ) : null}
      {offer.map((c) => (
        <form key={c.id} action={action}>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="quizId" value={quizId} />
          <input type="hidden" name="activityId" value={c.id} />
          <Button type="submit" variant="secondary" disabled={pending}>
            Use the gradebook column of “{c.title}”
          </Button>
        </form>
      ))}
      <FormStatus state={state} />
    </div>
  );
}
