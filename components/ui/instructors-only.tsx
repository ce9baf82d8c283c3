import Link from "next/link";
import { Refusal } from "@/components/ui/page";

/**
 * `lmsTeacher`: the person teaches classes through an LMS (Actor.teachesClasses) but this page
 * needs the app's instructor role (question authoring): say why, and what to do.
 */
export function InstructorsOnly({ lmsTeacher = false }: { lmsTeacher?: boolean }) {
  if (lmsTeacher)
    return (
      <Refusal title="Instructors only">
        <p>
          You teach here through your LMS, which gives you the classes of your LMS courses only. Writing your own
          questions (and creating classes of your own) needs the instructor role: ask an admin.
        </p>
        <p className="mt-2">
          Your LMS classes, their quizzes and the shared question bank are on{" "}
          <Link href="/teach" className="font-semibold underline">
            Teach
          </Link>
          .
        </p>
      </Refusal>
    );
  return (
    <Refusal title="Instructors only">
      <p>This page is for instructors. Your account is a student account, so it shows nothing here.</p>
      <p className="mt-2">
        To join a class, use the join code from your instructor on{" "}
        <Link href="/classes" className="font-semibold underline">
          Classes
        </Link>
        .
      </p>
    </Refusal>
  );
}
