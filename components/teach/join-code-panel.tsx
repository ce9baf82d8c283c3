import { Panel } from "@/components/ui/page";
import { CopyButton } from "@/components/teach/copy-button";
import { RotateCodeForm } from "@/components/teach/rotate-code-form";
import { formatJoinCode } from "@/lib/classes/join-code";

const fmt = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** The code and link students join with, large enough to read off a projector. */
export function JoinCodePanel({
  classId,
  joinCode,
  expiresAt,
  now = new Date(),
}: {
  classId: string;
  joinCode: string;
  expiresAt: Date | null;
  now?: Date;
}) {
  const link = `/classes/join/${joinCode}`;
  const expired = expiresAt !== null && expiresAt <= now;
  return (
    <Panel>
      <h2 className="text-sm font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Join code</h2>
      <p className="mt-1 font-mono text-4xl font-bold tracking-[0.12em] sm:text-5xl" data-testid="join-code">
        {formatJoinCode(joinCode)}
      </p>
      <p
        className={`mt-1 text-sm ${expired ? "font-semibold text-red-700 dark:text-red-300" : "text-zinc-600 dark:text-zinc-400"}`}
      >
        {expiresAt
          ? `${expired ? "Expired" : "Valid until"} ${fmt.format(expiresAt)} UTC`
          : "Valid until you make a new one"}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          className="min-w-0 flex-1 truncate rounded-lg bg-zinc-100 px-2 py-2.5 text-sm dark:bg-zinc-800"
          title="Join link"
        >
          {link}
        </code>
        <CopyButton text={link} label="Copy join link" />
      </div>
      <div className="mt-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        <RotateCodeForm classId={classId} />
      </div>
    </Panel>
  );
}
