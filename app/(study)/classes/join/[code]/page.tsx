import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Panel, Refusal } from "@/components/ui/page";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { previewJoinCode } from "@/lib/server/class-membership";
import { requestIp } from "@/lib/server/client-ip";
import { requireActor } from "@/lib/server/session";
import { isAppError } from "@/lib/server/errors";
import { joinCodeSchema } from "@/lib/validation/classes";
import { formatJoinCode } from "@/lib/classes/join-code";

export const metadata: Metadata = { title: "Join a class" };

/**
 * The join link. Opening it never joins by itself (a link preview or a prefetch must not
 * enrol anyone): it shows the class, and the student confirms with a button.
 */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const actor = await requireActor(`/classes/join/${encodeURIComponent(raw)}`);
  const parsed = joinCodeSchema.safeParse(decodeURIComponent(raw));
  const back = (
    <p className="mt-3">
      <Link href="/classes" className="font-semibold underline">
        Type a code on Classes
      </Link>
    </p>
  );
  if (!parsed.success) {
    return (
      <Refusal title="This join link is not valid">
        <p>{parsed.error.issues[0]?.message}</p>
        {back}
      </Refusal>
    );
  }
  // A refusal (expired, removed, instructor) is shown; anything else is a bug and propagates.
  const preview = await previewJoinCode(actor, parsed.data, new Date(), await requestIp()).catch((e: unknown) => {
    if (isAppError(e)) return e;
    throw e;
  });
  if (isAppError(preview)) {
    return (
      <Refusal title="You cannot join with this link">
        <p>{preview.message}</p>
        {actor.role === "student" ? back : null}
      </Refusal>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title={`Join ${preview.className}`}
        lead={`Instructor: ${preview.instructorName} · code ${formatJoinCode(parsed.data)}`}
      />
      <Panel>
        {preview.status === "member" ? (
          <p>
            You are already in this class.{" "}
            <Link href="/classes" className="font-semibold text-accent-700 underline dark:text-accent-400">
              Your classes
            </Link>
          </p>
        ) : preview.status === "removed" ? (
          <p>Your instructor removed you from this class. Ask them to add you back.</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              Your instructor will see your card progress, review history, proof runs and quiz results.
            </p>
            <JoinClassForm code={parsed.data} />
          </>
        )}
      </Panel>
    </div>
  );
}
