import Link from "next/link";
import { Refusal } from "@/components/ui/page";

export function InstructorsOnly() {
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
